package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.outbox.SendOutcome;
import cn.warmledger.service.settings.SettingKeys;

/** The WebDAV transport against Tomcat's WebDAV servlet on 127.0.0.1: files on the server's disk compared. */
class WebDavOutboxTest {
    private static final String UNIT = "340102001 城关镇总工会";
    @TempDir
    Path dir;
    OutboxFixture fx;
    DavServer dav;

    @BeforeEach
    void setUp() throws Exception {
        fx = new OutboxFixture(dir.resolve("township"));
        dav = new DavServer(dir.resolve("server"), 0);
        Files.createDirectories(dav.root.resolve("上报"));
        fx.set(SettingKeys.SYNC_TRANSPORT, "webdav", SettingKeys.WEBDAV_URL, dav.url("/上报"),
                SettingKeys.WEBDAV_USER, DavServer.USER, SettingKeys.WEBDAV_PASSWORD, DavServer.PASSWORD);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        dav.close();
    }

    private Path unitFolder() {
        return dav.root.resolve("上报").resolve(UNIT);
    }

    private List<String> namesOnServer() throws Exception {
        try (Stream<Path> files = Files.list(unitFolder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSubmissionLandsInTheFolderOfItsUnitUnderItsFinalNames() throws Exception {
        Submission s = fx.enqueue();
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));

        String xlsx = "城关镇总工会_困难职工帮扶统计表_" + s.id() + ".xlsx";
        assertThat(namesOnServer()).containsExactlyInAnyOrder(xlsx, "manifest-" + s.id() + ".json");
        assertThat(Files.readAllBytes(unitFolder().resolve(xlsx))).isEqualTo(Files.readAllBytes(s.files().get(0).path()));
        assertThat(Files.readString(unitFolder().resolve("manifest-" + s.id() + ".json"))).isEqualTo(s.manifest());
        assertThat(dav.count("PUT")).isEqualTo(2);
        assertThat(dav.count("MOVE")).isEqualTo(2);
        Submission sent = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(sent.target()).isEqualTo("WebDAV → " + dav.url("/上报"));
        assertThat(fx.app().outbox().testConnection(fx.app().outbox().currentSettings())).isEmpty();
    }

    @Test
    void aCompleteFileAlreadyOnTheServerCountsAsSent() throws Exception {
        Submission s = fx.enqueue();
        // everything arrives, but the last check fails: to the outbox the attempt failed
        dav.fault = method -> "HEAD".equals(method) && dav.count("MOVE") >= 2 ? 503 : 0;
        assertThat(fx.app().outboxWorker().runOnce()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(SubmissionState.FAILED);
            assertThat(o.message()).startsWith("网盘暂时限制访问（HTTP 503）");
        });
        dav.fault = method -> 0;
        fx.clock.advance(Duration.ofMinutes(2));
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        // the files already there with the same SHA-256 were not uploaded again
        assertThat(dav.count("PUT")).isEqualTo(2);
        assertThat(namesOnServer()).hasSize(2);
    }

    @Test
    void aConnectionCutInTheMiddleOfAnUploadIsRetriedAndLeavesOneCompleteFile() throws Exception {
        try (CuttingProxy proxy = new CuttingProxy(dav.port(), 256 * 1024)) {
            fx.set(SettingKeys.WEBDAV_URL, "http://127.0.0.1:" + proxy.port() + "/上报/");
            Submission s = fx.enqueue(fx.xlsx("城关镇总工会_" + OutboxFixture.TITLE + ".xlsx", 1024 * 1024));
            List<SendOutcome> first = fx.app().outboxWorker().runOnce();
            assertThat(proxy.hasCut()).isTrue();
            assertThat(first).singleElement().satisfies(o -> {
                assertThat(o.state()).isEqualTo(SubmissionState.FAILED);
                // where the cut falls decides which of the JDK's English texts comes up: none of them is shown
                assertThat(o.message()).contains("稍后自动重试").startsWith("传输中断（")
                        .as("no English text of the JDK reaches the clerk").doesNotContainPattern("[A-Za-z]{3,}");
            });
            assertThat(fx.app().outbox().find(s.id()).orElseThrow().permanentError()).isFalse();

            fx.clock.advance(Duration.ofMinutes(1));
            assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                    .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
            String xlsx = "城关镇总工会_困难职工帮扶统计表_" + s.id() + ".xlsx";
            assertThat(namesOnServer()).containsExactlyInAnyOrder(xlsx, "manifest-" + s.id() + ".json");
            assertThat(Files.readAllBytes(unitFolder().resolve(xlsx)))
                    .isEqualTo(Files.readAllBytes(s.files().get(0).path()));
            assertThat(fx.app().outbox().find(s.id()).orElseThrow().attempts()).isEqualTo(2);
        }
    }

    @Test
    void aWrongPasswordStopsRetriesButThrottlingAndBusyServersAreRetried() throws Exception {
        fx.set(SettingKeys.WEBDAV_PASSWORD, "wrong");
        Submission s = fx.enqueue();
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.message()).isEqualTo("认证失败（HTTP 401）：请检查 WebDAV 账号和应用密码"));
        int requests = dav.count("MKCOL");
        for (int i = 0; i < 4; i++) {
            fx.clock.advance(Duration.ofHours(2));
            assertThat(fx.app().outboxWorker().runOnce()).isEmpty();
        }
        assertThat(dav.count("MKCOL")).isEqualTo(requests);
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().attempts()).isEqualTo(1);

        // 坚果云 throttles with a 401 whose body says so: that is not a wrong password
        fx.set(SettingKeys.WEBDAV_PASSWORD, DavServer.PASSWORD);
        dav.faultBody = "<error><message>BlockedTemporarily</message></error>";
        dav.fault = method -> 401;
        assertThat(fx.app().outboxWorker().runOnce()).singleElement().satisfies(o ->
                assertThat(o.message()).startsWith("网盘暂时限制访问（HTTP 401）：稍后自动重试"));
        Submission throttled = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(throttled.permanentError()).isFalse();
        assertThat(throttled.nextAttemptAt()).isEqualTo(java.time.LocalDateTime.now(fx.clock).plusMinutes(2));

        dav.fault = method -> 502;
        fx.clock.advance(Duration.ofMinutes(2));
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.message()).startsWith("服务器暂时出错（HTTP 502）"));
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().nextAttemptAt())
                .isEqualTo(java.time.LocalDateTime.now(fx.clock).plusMinutes(4));

        dav.fault = method -> "PUT".equals(method) ? 507 : 0;
        fx.clock.advance(Duration.ofMinutes(4));
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.message()).startsWith("网盘空间已满"));
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().permanentError()).isTrue();

        dav.fault = method -> 0;
        fx.app().outbox().retry(s.id());
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
    }

    @Test
    void twoMegabytesByPutAndMoveOnLoopback() throws Exception {
        Submission s = fx.enqueue(fx.xlsx("城关镇总工会_大表.xlsx", 2 * 1024 * 1024));
        long start = System.nanoTime();
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[timing] " + s.files().get(0).sizeBytes() + " bytes by WebDAV PUT+MOVE: " + millis + " ms");
        assertThat(Files.size(unitFolder().resolve(s.files().get(0).fileName()))).isEqualTo(s.files().get(0).sizeBytes());
    }
}
