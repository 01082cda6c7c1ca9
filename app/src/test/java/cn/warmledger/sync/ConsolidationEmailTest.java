package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ReceivedSummary;

/**
 * End to end over real mail on 127.0.0.1 (GreenMail, SMTP and IMAP over SSL with the test certificate): two
 * townships export their 送温暖统计表 and send it through their outbox; a foreign mail sits in the same mailbox;
 * the county collects over IMAP, sees who has not reported, consolidates, takes a correction, and sends its own
 * table upward.
 */
class ConsolidationEmailTest {
    private static final String TOWN_A = "chengguan@example.com";
    private static final String TOWN_B = "chengbei@example.com";
    private static final String COUNTY = "county@example.com";
    private static final String COUNTY_SECRET = "countyAuthCode16";
    @TempDir
    Path dir;
    GreenMail mail;
    int smtps;
    int imaps;

    @BeforeEach
    void startMail() {
        smtps = Ports.free();
        imaps = Ports.free();
        mail = TestMail.start(smtps, imaps, TOWN_A, "a-secret", TOWN_B, "b-secret", COUNTY, COUNTY_SECRET);
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    private void sendByMail(Township t, String user, String password) {
        t.sendTo(SettingKeys.SYNC_TRANSPORT, "email", SettingKeys.EMAIL_HOST, "127.0.0.1",
                SettingKeys.EMAIL_PORT, String.valueOf(smtps), SettingKeys.EMAIL_SECURITY, "ssl",
                SettingKeys.EMAIL_USER, user, SettingKeys.EMAIL_PASSWORD, password, SettingKeys.EMAIL_TO, COUNTY);
        t.send();
    }

    private void collectByImap(AppContext county) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(SettingKeys.COLLECT_SOURCE, "imap");
        s.put(SettingKeys.COLLECT_IMAP_HOST, "127.0.0.1");
        s.put(SettingKeys.COLLECT_IMAP_PORT, String.valueOf(imaps));
        s.put(SettingKeys.COLLECT_IMAP_SECURITY, "ssl");
        s.put(SettingKeys.COLLECT_IMAP_USER, COUNTY);
        s.put(SettingKeys.COLLECT_IMAP_PASSWORD, COUNTY_SECRET);
        county.settings().setAll(s);
    }

    /** A clerk's ordinary mail with a spreadsheet attached, delivered straight into the county's inbox. */
    private void foreignMail() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("friend@example.com"));
        m.setRecipients(Message.RecipientType.TO, COUNTY);
        m.setSubject("会议通知", "UTF-8");
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("请于周五参加会议。", "UTF-8");
        body.addBodyPart(text);
        MimeBodyPart json = new MimeBodyPart();
        json.setText("{\"format\":\"something-else/1\"}", "UTF-8");
        json.setFileName("manifest-not-ours.json");
        body.addBodyPart(json);
        m.setContent(body);
        m.saveChanges();
        mail.getUserManager().getUser(COUNTY).deliver(m);
    }

    /** Subject → seen, read over IMAP READ_ONLY (which changes no flag). */
    private Map<String, Boolean> seenFlags() throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", TestCertificate.trusting().getSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        try (Store store = Session.getInstance(p).getStore("imaps")) {
            store.connect("127.0.0.1", imaps, COUNTY, COUNTY_SECRET);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
                seen.put(m.getSubject(), m.isSet(Flags.Flag.SEEN));
            }
            inbox.close(false);
        }
        return seen;
    }

    @Test
    void countyCollectsOverImapConsolidatesAndTakesACorrection() throws Exception {
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             Township b = Township.open(dir.resolve("b"), "340102002", "城北镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            b.addFund("5000.00"); // 城北镇 raised more: the two rows differ
            String idA = a.exportWarmthStats("a.xlsx");
            String idB = b.exportWarmthStats("b.xlsx");
            sendByMail(a, TOWN_A, "a-secret");
            sendByMail(b, TOWN_B, "b-secret");
            foreignMail();

            collectByImap(county);
            long started = System.nanoTime();
            CollectResult first = county.collecting().collect(Progress.none());
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("collect over IMAP: 2 submissions + 1 foreign mail in " + millis + " ms");
            assertThat(first.sourceError()).isNull();
            assertThat(first.received()).isEqualTo(2);
            assertThat(first.duplicates()).isZero();
            assertThat(first.refused()).isZero();
            assertThat(first.foreign()).isEqualTo(1);

            Map<String, Boolean> seen = seenFlags();
            assertThat(seen).containsEntry("会议通知", false).hasSize(3);
            assertThat(seen.entrySet().stream().filter(e -> e.getKey().contains("【上报】")))
                    .hasSize(2).allSatisfy(e -> assertThat(e.getValue()).isTrue());
            assertThat(mail.getReceivedMessages()).hasSize(3); // nothing deleted

            CollectResult again = county.collecting().collect(Progress.none());
            assertThat(again.received()).isZero();
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(again.foreign()).isEqualTo(1);
            assertThat(seenFlags()).containsEntry("会议通知", false);

            long campaign = County.campaign(county);
            Completeness grid = county.consolidation().completeness(null, campaign, null);
            assertThat(grid.kinds()).containsExactly(ReportKind.WARMTH_STATS, ReportKind.ROSTER);
            assertThat(grid.rows()).extracting(Completeness.Row::organizationCode)
                    .containsExactly("340102001", "340102002", "340102003");
            Completeness.Cell cellA = grid.rows().get(0).cells().get(ReportKind.WARMTH_STATS);
            assertThat(cellA.status()).isEqualTo(ReportingStatus.REPORTED);
            assertThat(cellA.effectiveSubmissionId()).isEqualTo(idA);
            assertThat(cellA.receivedAt()).isNotNull();
            assertThat(grid.rows().get(1).cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(idB);
            assertThat(grid.rows().get(2).cells().get(ReportKind.WARMTH_STATS).status()).isEqualTo(ReportingStatus.MISSING);
            assertThat(grid.rows().get(0).cells().get(ReportKind.ROSTER).status()).isEqualTo(ReportingStatus.MISSING);
            assertThat(county.consolidation().receivedFile(idA)).hasSameBinaryContentAs(a.exported("a.xlsx"));
            List<ReceivedSummary> history = county.consolidation().history("340102001", ReportKind.WARMTH_STATS,
                    campaign, null);
            assertThat(history).singleElement().satisfies(h -> {
                assertThat(h.sender()).isEqualTo(TOWN_A);
                assertThat(h.effective()).isTrue();
                assertThat(h.knownUnit()).isTrue();
            });

            Path out = dir.resolve("county.xlsx");
            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, out, Progress.none());
            double[] totalA = Township.row(a.exported("a.xlsx"), "合计");
            double[] totalB = Township.row(b.exported("b.xlsx"), "合计");
            double[] rowA = Township.row(out, "城关镇总工会");
            double[] rowB = Township.row(out, "城北镇总工会");
            double[] rowC = Township.row(out, "城南镇总工会");
            double[] total = Township.row(out, "合计");
            assertThat(totalA[27]).isEqualTo(0.785); // 慰问总金额 of ReportFixture, worked out by hand
            assertThat(totalB[1] - totalA[1]).isCloseTo(0.5, within(1e-9)); // 5000 元 more 筹集资金
            for (int c = 1; c <= 27; c++) {
                assertThat(rowA[c]).as("城关镇 column %d", c).isCloseTo(totalA[c], within(1e-9));
                assertThat(rowB[c]).as("城北镇 column %d", c).isCloseTo(totalB[c], within(1e-9));
                assertThat(rowC[c]).as("城南镇 column %d blank", c).isNaN();
                assertThat(total[c]).as("合计 column %d", c).isCloseTo(totalA[c] + totalB[c], within(1e-9));
            }
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("某某县总工会");
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith(Township.CAMPAIGN);
            }

            Path missing = dir.resolve("missing.xlsx");
            county.consolidatedTables().exportMissing(ReportKind.WARMTH_STATS, campaign, null, missing);
            try (InputStream in = Files.newInputStream(missing); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位代码");
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("340102003");
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("城南镇总工会");
                assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("赵主席");
                assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("0551-6200003");
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
            }

            // 城关镇 finds 1000 元 more and sends a correction that names the first submission
            a.addFund("1000.00");
            String correction = a.correctWarmthStats("a2.xlsx", idA);
            sendByMail(a, TOWN_A, "a-secret");
            CollectResult third = county.collecting().collect(Progress.none());
            assertThat(third.received()).isEqualTo(1);
            assertThat(third.duplicates()).isEqualTo(2);
            Completeness.Cell corrected = county.consolidation().completeness(ReportKind.WARMTH_STATS, campaign, null)
                    .rows().get(0).cells().get(ReportKind.WARMTH_STATS);
            assertThat(corrected.status()).isEqualTo(ReportingStatus.CORRECTED);
            assertThat(corrected.effectiveSubmissionId()).isEqualTo(correction);
            assertThat(county.consolidation().history("340102001", ReportKind.WARMTH_STATS, campaign, null))
                    .filteredOn(ReceivedSummary::superseded).extracting(ReceivedSummary::id).containsExactly(idA);

            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, out, Progress.none());
            double[] totalA2 = Township.row(a.exported("a2.xlsx"), "合计");
            assertThat(Township.row(out, "城关镇总工会")[1]).isCloseTo(totalA2[1], within(1e-9));
            assertThat(totalA2[1] - totalA[1]).isCloseTo(0.1, within(1e-9));
            assertThat(Township.row(out, "合计")[27]).isCloseTo(totalA2[27] + totalB[27], within(1e-9));

            // the clerk prefers the first one after all: pinned, it counts again
            county.consolidation().pin(idA);
            assertThat(county.consolidation().completeness(ReportKind.WARMTH_STATS, campaign, null).rows().get(0)
                    .cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(idA);

            // the county's table goes upward with its per-下级单位 figures
            String up = county.consolidatedTables().submit(ReportKind.WARMTH_STATS, campaign, null, out);
            Manifest manifest = ManifestJson.read(county.outbox().find(up).orElseThrow().manifest());
            assertThat(manifest.organizationCode()).isEqualTo("340102");
            assertThat(manifest.campaignName()).isEqualTo(Township.CAMPAIGN);
            assertThat((List<?>) manifest.figures().get("units")).hasSize(2);
        }
    }

    @Test
    void aWrongAuthorisationCodeIsASettingsProblemAndTouchesNothing() throws Exception {
        foreignMail();
        try (AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            collectByImap(county);
            county.settings().set(SettingKeys.COLLECT_IMAP_PASSWORD, "wrong");
            CollectResult r = county.collecting().collect(Progress.none());
            assertThat(r.sourceFailed()).isTrue();
            assertThat(r.retryable()).isFalse();
            assertThat(r.sourceError()).contains("授权码");
            county.settings().set(SettingKeys.COLLECT_IMAP_PASSWORD, COUNTY_SECRET);
            county.settings().set(SettingKeys.COLLECT_IMAP_FOLDER, "上报");
            CollectResult noFolder = county.collecting().collect(Progress.none());
            assertThat(noFolder.sourceError()).contains("上报").contains("收信文件夹");
            assertThat(noFolder.retryable()).isFalse();
        }
        assertThat(seenFlags()).containsEntry("会议通知", false);
    }

    @Test
    void twentySubmissionsOverImapAreCollectedOnceEach() throws Exception {
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            ExportResult export = a.app.reports().export(ReportRequest.warmthStats(a.campaign), a.exported("a.xlsx"),
                    Progress.none());
            for (int i = 0; i < 20; i++) {
                a.app.reports().submit(export);
            }
            sendByMail(a, TOWN_A, "a-secret");
            collectByImap(county);
            long started = System.nanoTime();
            CollectResult r = county.collecting().collect(Progress.none());
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            CollectResult again = county.collecting().collect(Progress.none());
            long againMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("collect over IMAP: 20 submissions in " + firstMillis + " ms, again (all 已有) in "
                    + againMillis + " ms");
            assertThat(r.received()).isEqualTo(20);
            assertThat(again.duplicates()).isEqualTo(20);
            Completeness.Cell cell = county.consolidation().completeness(ReportKind.WARMTH_STATS,
                    County.campaign(county), null).rows().get(0).cells().get(ReportKind.WARMTH_STATS);
            assertThat(cell.status()).isEqualTo(ReportingStatus.CORRECTED);
            assertThat(cell.submissions()).isEqualTo(20);
        }
    }

    @Test
    void plainImapInsideTheOfficeNetworkWorksToo() throws Exception {
        int plain = Ports.free();
        GreenMail office = new GreenMail(new ServerSetup(plain, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        office.setUser(COUNTY, COUNTY, COUNTY_SECRET);
        office.start();
        try (AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            m.setFrom(new InternetAddress("friend@example.com"));
            m.setSubject("午饭", "UTF-8");
            m.setText("十二点", "UTF-8");
            m.saveChanges();
            office.getUserManager().getUser(COUNTY).deliver(m);
            collectByImap(county);
            county.settings().set(SettingKeys.COLLECT_IMAP_SECURITY, "none");
            county.settings().set(SettingKeys.COLLECT_IMAP_PORT, String.valueOf(plain));
            CollectResult r = county.collecting().collect(Progress.none());
            assertThat(r.sourceError()).isNull();
            assertThat(r.foreign()).isEqualTo(1);
            assertThat(office.getReceivedMessages()[0].isSet(Flags.Flag.SEEN)).isFalse();
        } finally {
            office.stop();
        }
    }
}
