package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun;
import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.outbox.SubmissionRequest;

/**
 * A WebDAV server that refuses, driven from the command line as a scheduled `outbox send` would be: a refused
 * login stops the pass after the first submission, `outbox send` names what waits and exits 1, `--retry` sends
 * once the server side is fixed; a refused upload is called that, with its status.
 */
class WebDavRefusalsTest {
    @TempDir
    Path dir;
    DavServer dav;
    Path data;
    final List<String> ids = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        dav = new DavServer(dir.resolve("server"), 0);
        Files.createDirectories(dav.root.resolve("上报"));
        data = dir.resolve("data");
        try (AppContext app = TestApp.open(data)) {
            app.settings().setAll(Map.of(SettingKeys.SYNC_TRANSPORT, "webdav", SettingKeys.WEBDAV_URL,
                    dav.url("/上报"), SettingKeys.WEBDAV_USER, DavServer.USER, SettingKeys.WEBDAV_PASSWORD,
                    DavServer.PASSWORD));
            for (String name : List.of("甲", "乙", "丙")) {
                Path export = Files.writeString(dir.resolve(name + ".xlsx"), name);
                ids.add(app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", name + "表", null, null, 2026,
                        null, List.of(export), Map.of(), null)).id());
            }
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        dav.close();
    }

    Result run(String... args) {
        return CliRun.inDir(data, args);
    }

    private int requests() {
        return dav.requests.values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get).sum();
    }

    private SubmissionState state(String id) {
        try (AppContext app = TestApp.open(data)) {
            return app.outbox().find(id).orElseThrow().state();
        }
    }

    private cn.warmledger.domain.Submission submission(String id) {
        try (AppContext app = TestApp.open(data)) {
            return app.outbox().find(id).orElseThrow();
        }
    }

    @Test
    void aRefusedLoginStopsThePassAndRetryResendsOnceTheServerIsFixed() {
        // the account's password was changed on the server: every request is refused
        dav.fault = method -> 401;
        Result refused = run("outbox", "send");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(requests()).as("one submission asked, not three").isEqualTo(1);
        assertThat(refused.err()).contains("失败 " + ids.get(0)).contains("认证失败（HTTP 401）")
                .contains("未发送 " + ids.get(1)).contains("未发送 " + ids.get(2));
        // the two not tried wait for the same thing, with that reason: 待发送, not a failure of their own
        for (String id : ids.subList(1, 3)) {
            cn.warmledger.domain.Submission held = submission(id);
            assertThat(held.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(held.attempts()).isZero();
            assertThat(held.lastError()).startsWith("等待：前一份未能送达（认证失败（HTTP 401）");
        }

        // run again by a scheduler, nothing fixed: nobody is asked again, each names what it waits for
        dav.faultBody = "<error><message>BlockedTemporarily</message></error>";
        Result again = run("outbox", "send");
        assertThat(again.code()).isEqualTo(1);
        assertThat(requests()).as("the same refusal is not asked for again").isEqualTo(1);
        assertThat(again.err()).contains("等待中 " + ids.get(0)).contains("等待中 " + ids.get(1))
                .contains("等待中 " + ids.get(2)).contains("认证失败（HTTP 401）").contains("outbox send --retry");

        // fixed on the server's side, nothing changed in the settings: a plain send still says what waits
        dav.fault = method -> 0;
        Result plain = run("outbox", "send");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(requests()).isEqualTo(1);
        assertThat(ids).allSatisfy(id -> assertThat(plain.err()).contains("等待中 " + id));

        Result retried = run("outbox", "send", "--retry");
        assertThat(retried.code()).as(retried.err()).isZero();
        assertThat(retried.out()).contains("已把 3 份等待中的上报设为立即发送");
        assertThat(ids).allSatisfy(id -> assertThat(retried.out()).contains("已发送 " + id));
        assertThat(ids).allSatisfy(id -> assertThat(state(id)).isEqualTo(SubmissionState.SENT));
        Result nothing = run("outbox", "send");
        assertThat(nothing.code()).isZero();
        assertThat(nothing.out()).contains("没有到期要发送的上报（待上报 0 份）");
    }

    @Test
    void aThrottledAccountHoldsTheRestForTheSameBackOff() {
        dav.faultBody = "<error><message>BlockedTemporarily</message></error>";
        dav.fault = method -> 401;
        Result throttled = run("outbox", "send");
        assertThat(throttled.code()).isEqualTo(1);
        assertThat(requests()).isEqualTo(1);
        assertThat(throttled.err()).contains("网盘暂时限制访问（HTTP 401）").contains("未发送 " + ids.get(2));
        java.time.LocalDateTime next = submission(ids.get(0)).nextAttemptAt();
        assertThat(next).isNotNull();
        for (String id : ids.subList(1, 3)) {
            cn.warmledger.domain.Submission held = submission(id);
            assertThat(held.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(held.nextAttemptAt()).isEqualTo(next);
            assertThat(held.permanentError()).isFalse();
            assertThat(held.lastError()).contains("网盘暂时限制访问（HTTP 401）");
        }
        Result soon = run("outbox", "send");
        assertThat(soon.code()).isEqualTo(1);
        assertThat(requests()).as("nothing asked before the back-off ends").isEqualTo(1);
        assertThat(soon.err()).contains("等待中 " + ids.get(2)).contains("将于");
    }

    @Test
    void aServerThatCannotBeReachedIsNotAskedOncePerSubmission() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (AppContext app = TestApp.open(data)) {
            app.settings().setAll(Map.of(SettingKeys.WEBDAV_URL, "http://127.0.0.1:" + closed + "/上报/"));
        }
        Result down = run("outbox", "send");
        assertThat(down.code()).isEqualTo(1);
        assertThat(submission(ids.get(0)).attempts()).isEqualTo(1);
        assertThat(down.err()).contains("失败 " + ids.get(0)).contains("未发送 " + ids.get(1))
                .contains("未发送 " + ids.get(2));
        for (String id : ids.subList(1, 3)) {
            cn.warmledger.domain.Submission held = submission(id);
            assertThat(held.attempts()).as("not tried").isZero();
            assertThat(held.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(held.lastError()).startsWith("等待：前一份未能送达（").contains("127.0.0.1:" + closed);
            assertThat(held.nextAttemptAt()).isEqualTo(submission(ids.get(0)).nextAttemptAt());
        }
    }

    @Test
    void aFullDiskRefusingTheUploadIsCalledThatWithItsStatus() {
        dav.fault = method -> "PUT".equals(method) ? 405 : 0;
        Result full = run("outbox", "send");
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("服务器拒绝了上传（HTTP 405）").contains("空间可能已满")
                .doesNotContain("请检查 WebDAV 地址和权限");
        dav.fault = method -> "PUT".equals(method) ? 507 : 0;
        Result quota = run("outbox", "send", "--retry");
        assertThat(quota.err()).contains("网盘空间已满（HTTP 507）").doesNotContain("请检查 WebDAV 地址和权限");
    }

    @Test
    void anIncompleteSetupSaysWhichFieldIsMissing() {
        try (AppContext app = TestApp.open(data)) {
            app.settings().setAll(Map.of(SettingKeys.WEBDAV_URL, ""));
        }
        Result noUrl = run("outbox", "send");
        assertThat(noUrl.code()).isEqualTo(1);
        assertThat(noUrl.err()).contains("缺少“WebDAV 地址”").doesNotContainPattern("Exception|null");
        try (AppContext app = TestApp.open(data)) {
            app.settings().setAll(Map.of(SettingKeys.SYNC_TRANSPORT, "email", SettingKeys.EMAIL_HOST, "127.0.0.1"));
        }
        Result noRecipient = run("outbox", "send");
        assertThat(noRecipient.code()).isEqualTo(1);
        assertThat(noRecipient.err()).contains("缺少“上级单位收件邮箱”");
        assertThat(requests()).isZero();
    }
}
