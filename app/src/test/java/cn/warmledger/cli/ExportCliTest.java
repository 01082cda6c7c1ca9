package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestTemplates;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.AppContext;


class ExportCliTest {
    @TempDir
    Path dir;
    private ReportFixture fixture;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void load() {
        TestApp.open(dir).close();
        fixture = ReportFixture.load(dir);
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static double cell(Path file, int row, int column) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(0).getRow(row).getCell(column).getNumericCellValue();
        }
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
