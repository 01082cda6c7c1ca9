package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.concurrent.Race;
import cn.warmledger.concurrent.SharedOffice;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.ReceivedSummary;
import cn.warmledger.service.outbox.OutboxWorker;
import cn.warmledger.service.outbox.SendOutcome;
import cn.warmledger.service.settings.SettingKeys;

/**
 * Several PCs of one office on one database (issue 18.4), over real mail on 127.0.0.1 (GreenMail, SMTPS and IMAPS):
 * the outbox workers of three township PCs run at once and every submission arrives exactly once; two county PCs
 * collect the same mailbox at once and every submission is stored once, the second seeing it as 已有, no error.
 */
class ConcurrentClerksSyncTest {
    private static final String TOWN = "chengguan@example.com";
    private static final String COUNTY = "county@example.com";
    private static final String COUNTY_SECRET = "countyAuthCode16";
    private static final int SUBMISSIONS = 24;
    @TempDir
    Path dir;
    GreenMail mail;
    int smtps;
    int imaps;
    final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void startMail() {
        smtps = Ports.free();
        imaps = Ports.free();
        mail = TestMail.start(smtps, imaps, TOWN, "town-secret", COUNTY, COUNTY_SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        mail.stop();
    }

    @ParameterizedTest
    @EnumSource(SharedOffice.Engine.class)
    void threeSendingPcsDeliverEachSubmissionOnceAndTwoCollectingPcsStoreEachOnce(SharedOffice.Engine engine)
            throws Exception {
        SharedOffice township = SharedOffice.township(engine, dir.resolve("town"));
        opened.add(township);
        List<AppContext> pcs = List.of(township.clerk(TestCertificate.trusting()),
                township.clerk(TestCertificate.trusting()), township.clerk(TestCertificate.trusting()));
        AppContext town = pcs.get(0);
        town.settings().setAll(Map.of(SettingKeys.SYNC_TRANSPORT, "email", SettingKeys.EMAIL_HOST, "127.0.0.1",
                SettingKeys.EMAIL_PORT, String.valueOf(smtps), SettingKeys.EMAIL_SECURITY, "ssl",
                SettingKeys.EMAIL_USER, TOWN, SettingKeys.EMAIL_PASSWORD, "town-secret", SettingKeys.EMAIL_TO, COUNTY));
        long campaign = town.campaigns().save(TestCampaigns.springFestival());
        long person = town.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        town.visits().save(TestCampaigns.visit(person, campaign, LocalDate.of(2021, 1, 10), "500"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Path out = dir.resolve("送温暖统计表" + i + ".xlsx");
            ids.add(town.reports().submit(town.reports().export(ReportRequest.warmthStats(campaign), out,
                    Progress.none())));
        }

        // a fourth PC starts up while the others send: its start puts back only what its own earlier runs left
        AppContext starting = township.clerk(TestCertificate.trusting());
        List<Object> sent;
        try (Race race = new Race(pcs.size() + 1)) {
            List<Callable<?>> workers = new ArrayList<>();
            for (AppContext pc : pcs) {
                workers.add(() -> drain(pc));
            }
            workers.add(() -> {
                int putBack = 0;
                long until = System.currentTimeMillis() + 50_000;
                while (starting.outbox().outstanding() > 0 && System.currentTimeMillis() < until) {
                    putBack += starting.outboxWorker().recoverInterrupted();
                    Thread.sleep(20);
                }
                return putBack;
            });
            sent = race.run(workers);
        }
        assertThat(sent.remove(sent.size() - 1)).as("nothing another PC was sending is taken back").isEqualTo(0);
        List<String> sentByWorkers = new ArrayList<>();
        System.out.println("sent per worker: " + sent.stream().map(o -> o instanceof List<?> l ? l.size() : -1).toList());
        for (Object o : sent) {
            assertThat(o).isInstanceOf(List.class);
            ((List<?>) o).forEach(id -> sentByWorkers.add((String) id));
        }
        assertThat(sentByWorkers).as("each claimed and sent by one worker").containsExactlyInAnyOrderElementsOf(ids);
        Map<String, Integer> arrived = new LinkedHashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            arrived.merge(m.getHeader("X-WarmLedger-Submission")[0], 1, Integer::sum);
        }
        assertThat(arrived).as("each arrives exactly once").hasSize(SUBMISSIONS)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1)).containsOnlyKeys(ids);
        for (String id : ids) {
            Submission s = town.outbox().find(id).orElseThrow();
            assertThat(s.state()).isEqualTo(SubmissionState.SENT);
            assertThat(s.attempts()).as("tried once: nobody took it back or tried it again").isEqualTo(1);
        }

        SharedOffice countyOffice = SharedOffice.of(engine, dir.resolve("county"), "340102", "某某县总工会");
        opened.add(countyOffice);
        AppContext county = countyOffice.clerk(TestCertificate.trusting());
        AppContext countyPc2 = countyOffice.clerk(TestCertificate.trusting());
        county.units().save(new UnitDraft("340102001", "城关镇总工会", "李主席", "0551-6200001"));
        county.campaigns().save(TestCampaigns.springFestival());
        for (AppContext pc : List.of(county, countyPc2)) {
            pc.settings().setAll(Map.of(SettingKeys.COLLECT_SOURCE, "imap",
                    SettingKeys.COLLECT_IMAP_HOST, "127.0.0.1", SettingKeys.COLLECT_IMAP_PORT, String.valueOf(imaps),
                    SettingKeys.COLLECT_IMAP_SECURITY, "ssl", SettingKeys.COLLECT_IMAP_USER, COUNTY,
                    SettingKeys.COLLECT_IMAP_PASSWORD, COUNTY_SECRET));
        }
        List<Object> collected;
        try (Race race = new Race(2)) {
            collected = race.run(List.of(() -> county.collecting().collect(Progress.none()),
                    () -> countyPc2.collecting().collect(Progress.none())));
        }
        int stored = 0;
        for (Object o : collected) {
            assertThat(o).isInstanceOf(CollectResult.class);
            CollectResult r = (CollectResult) o;
            assertThat(r.sourceError()).isNull();
            assertThat(r.problems()).isEmpty();
            assertThat(r.refused()).isZero();
            assertThat(r.received() + r.duplicates()).as("every parcel seen: new or 已有").isEqualTo(SUBMISSIONS);
            stored += r.received();
        }
        assertThat(stored).as("each stored by one of the two").isEqualTo(SUBMISSIONS);
        assertThat(county.consolidation().received()).extracting(ReceivedSummary::id)
                .containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(county.consolidation().receivedFile(id)).isRegularFile();
        }
    }

    /** One PC's outbox worker: puts back what it may, then sends until nothing is left; the ids it sent. */
    private static List<String> drain(AppContext pc) throws InterruptedException {
        OutboxWorker worker = pc.outboxWorker();
        worker.recoverInterrupted();
        List<String> sent = new ArrayList<>();
        long until = System.currentTimeMillis() + 50_000;
        while (pc.outbox().outstanding() > 0 && System.currentTimeMillis() < until) {
            for (SendOutcome o : worker.runOnce()) {
                if (o.state() != SubmissionState.SENT) {
                    throw new AssertionError("not sent: " + o);
                }
                sent.add(o.submissionId());
            }
            Thread.sleep(20);
        }
        return sent;
    }
}
