package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestTemplates;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

class ExportCliTest {
    @TempDir
    Path dir;
    private ReportFixture fixture;

    @BeforeEach
    void load() {
        TestApp.open(dir).close();
        fixture = ReportFixture.load(dir);
    }

    Result run(String... args) {
        return runIn(dir, args);
    }

    static Result runIn(Path dataDir, String... args) {
        return CliRun.inDir(dataDir, args);
    }

    static double cell(Path file, int row, int column) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(0).getRow(row).getCell(column).getNumericCellValue();
        }
    }

    static String text(Path file, int row, int column) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(0).getRow(row).getCell(column).getStringCellValue();
        }
    }

    @Test
    void headerNamesThePreparerAndTheUnitsPhoneNeverSystem() throws Exception {
        String campaign = String.valueOf(fixture.campaign);
        assertThat(run("settings", "set", "operator.name", "李娟").code()).isZero();
        Path w = dir.resolve("w.xlsx");
        assertThat(run("export", "warmth-stats", "--campaign", campaign, "--out", w.toString()).code()).isZero();
        assertThat(text(w, 1, 7)).isEqualTo("填报人：李娟");
        assertThat(text(w, 1, 14)).isEqualTo("联系电话：0551-6200000");

        assertThat(run("settings", "set", "org.phone", "0551-62612345").code()).isZero();
        assertThat(run("settings", "set", "org.preparer", "王会计").code()).isZero();
        Path a = dir.resolve("a.xlsx");
        assertThat(run("export", "aid-center", "--year", "2024", "--out", a.toString()).code()).isZero();
        assertThat(text(a, 1, 0)).isEqualTo("填报单位（盖章）：城关镇总工会");
        assertThat(text(a, 1, 5)).isEqualTo("填报人：王会计");
        assertThat(text(a, 1, 10)).isEqualTo("联系电话：0551-62612345");
        Path r = dir.resolve("r.xlsx");
        assertThat(run("export", "roster", "--campaign", campaign, "--out", r.toString()).code()).isZero();
        assertThat(text(r, 1, 4)).isEqualTo("填报人：王会计");
        assertThat(text(r, 1, 6)).isEqualTo("联系电话：0551-62612345");
    }

    @Test
    void withoutOwnUnitTheExportRefusesNamingTheSetting() throws Exception {
        Path bare = dir.resolve("bare");
        long campaign;
        try (AppContext ctx = AppContext.open(new AppPaths(bare))) {
            campaign = ctx.campaigns().save(TestCampaigns.springFestival());
            long r = ctx.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(1), "李文明"));
            ctx.visits().save(TestCampaigns.visit(r, campaign, LocalDate.of(2021, 1, 10), "500"));
        }
        Path w = dir.resolve("bare.xlsx");
        Result refused = runIn(bare, "export", "warmth-stats", "--campaign", String.valueOf(campaign), "--out",
                w.toString(), "--submit");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("还未设置单位代码和名称（org.code、org.name）");
        assertThat(refused.out()).doesNotContain("已导出");
        assertThat(w).doesNotExist();
        Result roster = runIn(bare, "export", "roster", "--campaign", String.valueOf(campaign), "--out", w.toString());
        assertThat(roster.code()).isEqualTo(1);
        assertThat(roster.err()).contains("org.code");

        assertThat(runIn(bare, "settings", "set", "org.code", "340102009").code()).isZero();
        assertThat(runIn(bare, "settings", "set", "org.name", "东关街道总工会").code()).isZero();
        Result done = runIn(bare, "export", "warmth-stats", "--campaign", String.valueOf(campaign), "--out",
                w.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("（1 行）");
        assertThat(text(w, 5, 0)).isEqualTo("东关街道总工会");
        assertThat(cell(w, 5, 26)).isEqualTo(1.0);
        assertThat(text(w, 1, 7)).isEqualTo("填报人：");

        // visits without a 单位 are 本单位's: its own roster lists them, without a word
        Result own = runIn(bare, "export", "roster", "--campaign", String.valueOf(campaign), "--unit", "340102009",
                "--out", dir.resolve("own.xlsx").toString());
        assertThat(own.code()).isZero();
        assertThat(own.out()).contains("（1 行）");
        assertThat(own.err()).doesNotContain("注意");
        // a campaign without visits: exported, and said so
        String autumn = runIn(bare, "campaigns", "create", "--name", "2021年金秋助学", "--kind", "金秋助学", "--from",
                "2021-08-01", "--to", "2021-09-30").out().strip();
        Result empty = runIn(bare, "export", "roster", "--campaign", autumn, "--out", dir.resolve("empty.xlsx").toString());
        assertThat(empty.code()).isZero();
        assertThat(empty.out()).contains("（0 行）");
        assertThat(empty.err()).contains("注意：活动“2021年金秋助学”没有慰问记录，花名册是空的");
    }

    @Test
    void exportsEachOutputAndSubmits() throws Exception {
        Path w = dir.resolve("w.xlsx");
        Result r = run("export", "warmth-stats", "--campaign", String.valueOf(fixture.campaign), "--out", w.toString(),
                "--submit");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已导出").contains("（3 行）").contains("已加入待上报：");
        assertThat(cell(w, 8, 27)).isEqualTo(0.785);

        Path a = dir.resolve("a.xlsx");
        assertThat(run("export", "aid-center", "--year", "2024", "--out", a.toString()).code()).isZero();
        assertThat(cell(a, 7, 15)).isEqualTo(0.8289);

        Path ro = dir.resolve("r.xlsx");
        Result roster = run("export", "roster", "--campaign", String.valueOf(fixture.campaign), "--unit",
                ReportFixture.UNIT_B, "--full-id", "--out", ro.toString());
        assertThat(roster.code()).as(roster.err()).isZero();
        assertThat(cell(ro, 7, 6)).isEqualTo(1300.0);

        Path t = TestTemplates.template(dir.resolve("t.xlsx"), "A1", "${units.name}", "B1", "${units.visitCount}");
        Path c = dir.resolve("c.xlsx");
        assertThat(run("export", "--template", t.toString(), "--campaign", String.valueOf(fixture.campaign), "--out",
                c.toString()).code()).isZero();
        assertThat(cell(c, 2, 1)).isEqualTo(3.0);

        try (AppContext ctx = TestApp.open(dir)) {
            assertThat(ctx.tableCounts().get("submission")).isEqualTo(1);
        }
    }

    @Test
    void badArgumentsAndBadTemplates() throws Exception {
        assertThat(run("export", "warmth-stats", "--out", "x.xlsx").code()).isEqualTo(2);
        assertThat(run("export", "aid-center", "--year", "二〇二四", "--out", "x.xlsx").code()).isEqualTo(2);
        assertThat(run("export", "roster", "--campaign", "1").code()).isEqualTo(2);
        assertThat(run("export", "warmth-stats", "--campaign", "1", "--out", "x.xlsx", "--bogus", "1").code()).isEqualTo(2);
        Result missing = run("export", "warmth-stats", "--campaign", "999", "--out", dir.resolve("m.xlsx").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("没有编号为 999 的活动");
        Path bad = TestTemplates.template(dir.resolve("bad.xlsx"), "B5", "${foo}");
        Result refused = run("export", "--template", bad.toString(), "--campaign", String.valueOf(fixture.campaign),
                "--out", dir.resolve("b.xlsx").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("B5：未知字段 foo");
        assertThat(dir.resolve("b.xlsx")).doesNotExist();
    }
}
