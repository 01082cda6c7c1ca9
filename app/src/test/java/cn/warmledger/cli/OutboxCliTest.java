package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.domain.Submission;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SubmissionRequest;

/** settings list/set and outbox list/send as a county IT person would script them. */
class OutboxCliTest {
    @TempDir
    Path dir;

    Result run(String... args) {
        return CliRun.inDir(dir.resolve("data"), args);
    }

    @Test
    void settingsAreSetAndListedWithSecretsMasked() {
        TestApp.open(dir.resolve("data")).close();
        assertThat(run("settings", "set", "sync.transport", "email").code()).isZero();
        assertThat(run("settings", "set", "sync.email.host", "smtp.qq.com").code()).isZero();
        Result secret = run("settings", "set", "sync.email.password", "abcdefghijklmnop");
        assertThat(secret.code()).isZero();
        assertThat(secret.out()).contains("******").doesNotContain("abcdefghijklmnop");
        assertThat(run("settings", "set", "org.name", "城关镇总工会（新）").code()).isZero();

        Result list = run("settings", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("sync.transport\temail").contains("sync.email.host\tsmtp.qq.com")
                .contains("sync.email.password\t******").doesNotContain("abcdefghijklmnop")
                .contains("org.code\t340102001").contains("sync.webdav.url\t");
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            assertThat(app.setup().self().orElseThrow().name()).isEqualTo("城关镇总工会（新）");
            assertThat(app.settings().get("sync.email.password")).hasValue("abcdefghijklmnop");
        }

        Result badPort = run("settings", "set", "sync.email.port", "99999");
        assertThat(badPort.code()).isEqualTo(1);
        assertThat(badPort.err()).contains("SMTP 端口").contains("99999");
        Result badKind = run("settings", "set", "sync.transport", "ftp");
        assertThat(badKind.code()).isEqualTo(1);
        assertThat(badKind.err()).contains("上报方式");
        Result unknown = run("settings", "set", "sync.colour", "red");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("不认识的设置项 sync.colour");
        assertThat(run("settings", "set", "org.name").code()).isEqualTo(2);
    }

    @Test
    void unitPhoneAndPreparerAreSettingsAndThePhoneIsKeptOnTheUnit() {
        TestApp.open(dir.resolve("data")).close();
        assertThat(run("settings", "set", "org.phone", "0551-62612345").code()).isZero();
        assertThat(run("settings", "set", "org.preparer", "李娟").code()).isZero();
        Result bad = run("settings", "set", "org.phone", "12345");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("12345");
        assertThat(run("settings", "list").out()).contains("org.phone\t0551-62612345").contains("org.preparer\t李娟");
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            assertThat(app.setup().self().orElseThrow().phone()).isEqualTo("0551-62612345");
        }
        assertThat(run("settings", "set", "org.phone", "").code()).isZero();
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            assertThat(app.setup().self().orElseThrow().phone()).isNull();
        }
    }

    @Test
    void outboxSendPrintsEachOutcomeAndExitsWithOneWhenAnyFailed() throws Exception {
        Path stick = dir.resolve("U盘");
        String id;
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            Path export = Files.writeString(dir.resolve("表.xlsx"), "not really a workbook");
            Submission s = app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", "困难职工帮扶统计表", null,
                    null, 2026, null, List.of(export), Map.of("households", 3), null));
            id = s.id();
        }
        Result notSetUp = run("outbox", "send");
        assertThat(notSetUp.code()).isEqualTo(1);
        assertThat(notSetUp.err()).contains(id).contains("还未设置上报方式：1 份待上报，设置后会自动发送")
                .doesNotContain("失败");

        assertThat(run("settings", "set", "sync.transport", "folder").code()).isZero();
        assertThat(run("settings", "set", "sync.folder.path", stick.toString()).code()).isZero();
        Result missing = run("outbox", "send");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("失败 " + id).contains("找不到文件夹");

        Files.createDirectories(stick);
        Result list = run("outbox", "list", "--format", "csv");
        assertThat(list.out()).contains(id).contains("失败").contains("困难职工帮扶统计表").contains("2026年");
        // still in its back-off: `outbox send` sends what is due, nothing before its time, and says what waits
        Result early = run("outbox", "send");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.out()).contains("没有到期要发送的上报（待上报 1 份）");
        assertThat(early.err()).contains("等待中 " + id).contains("找不到文件夹").contains("自动重试")
                .contains("outbox send --retry");

        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            app.outbox().makeAllDueNow();
        }
        Result sent = run("outbox", "send");
        assertThat(sent.code()).isZero();
        assertThat(sent.out()).contains("已发送 " + id).contains("文件夹 → " + stick);
        assertThat(stick.resolve("340102001 城关镇总工会").resolve("表_" + id + ".xlsx")).exists();
        assertThat(run("outbox", "list").out()).contains("已发送");
        assertThat(run("outbox", "frobnicate").code()).isEqualTo(2);
    }
}
