package cn.warmledger.cli;

import cn.warmledger.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.TestCampaigns;
import cn.warmledger.service.app.AppContext;

/**
 * Issue 19 point 7: exit codes and the 操作日志 of full numbers; a delivered roster's copy leaves the outbox.
 */
class FullIdAuditAndExitCliTest {
    @TempDir
    Path dir;

    Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(System.getenv(), all);
    }

    List<String> fullNumberEntries() {
        Result audit = run("audit", "list", "--format", "csv");
        assertThat(audit.code()).isZero();
        return audit.out().lines().filter(l -> l.contains(",显示完整号码,")).toList();
    }

    @Test
    void importRecipientsExitsOneWhenNothingWasImported() throws Exception {
        TestApp.open(dir.resolve("data")).close();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "姓名,身份证号码,对象类别\n周敏,3.40102E+17,劳模\n");
        Result refused = run("import", "recipients", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("导入 0 人");
        assertThat(refused.err()).contains("没有导入任何人");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "姓名,身份证号码,对象类别\n韩雷," + TestIds.MALE_1980 + ",劳模\n");
        assertThat(run("import", "recipients", good.toString()).code()).isZero();
        Result again = run("import", "recipients", good.toString());
        assertThat(again.code()).as("already in the register: nothing imported").isEqualTo(1);
        assertThat(again.out()).contains("跳过 1 人");
    }

    @Test
    void visitsAndRosterWithFullIdAreLoggedAndADeliveredRosterLeavesTheOutbox() throws Exception {
        Path data = dir.resolve("data");
        long campaign;
        try (AppContext app = TestApp.open(data)) {
            campaign = app.campaigns().save(TestCampaigns.springFestival());
            long r = app.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(1), "李文明"));
            app.visits().save(TestCampaigns.visit(r, campaign, LocalDate.of(2021, 1, 10), "500"));
        }
        assertThat(fullNumberEntries()).isEmpty();

        Result masked = run("visits", "list");
        assertThat(masked.code()).as(masked.err()).isZero();
        assertThat(fullNumberEntries()).as("masked: nothing to log").isEmpty();
        Result visits = run("visits", "list", "--full-id");
        assertThat(visits.code()).isZero();
        assertThat(fullNumberEntries()).hasSize(1).first().asString().contains("慰问记录显示完整身份证号");

        Path stick = Files.createDirectories(dir.resolve("u-disk"));
        assertThat(run("settings", "set", "sync.transport", "folder").code()).isZero();
        assertThat(run("settings", "set", "sync.folder.path", stick.toString()).code()).isZero();
        Path roster = dir.resolve("花名册.xlsx");
        Result export = run("export", "roster", "--campaign", String.valueOf(campaign), "--full-id",
                "--out", roster.toString(), "--submit");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(fullNumberEntries()).hasSize(2).anySatisfy(l -> assertThat(l).contains("导出完整身份证号")
                .contains("花名册.xlsx"));

        Path outbox = data.resolve("outbox");
        assertThat(xlsxUnder(outbox)).as("waiting: the copy is there to be sent").hasSize(1);
        Result send = run("outbox", "send");
        assertThat(send.code()).as(send.out() + send.err()).isZero();
        assertThat(xlsxUnder(stick)).as("delivered").hasSize(1);
        assertThat(xlsxUnder(outbox)).as("delivered: the copy with full 身份证号 is deleted").isEmpty();
        assertThat(roster).as("the clerk's own export stays").exists();
    }

    static List<Path> xlsxUnder(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList();
        }
    }
}
