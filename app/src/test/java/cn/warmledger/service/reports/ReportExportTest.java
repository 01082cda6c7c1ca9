package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestSheets;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/** The three built-in outputs from the hand-computed ReportFixture, read back cell by cell with POI. */
class ReportExportTest {
    @TempDir
    Path dir;
    private AppContext ctx;
    private ReportFixture fixture;

    @BeforeEach
    void open() {
        TestApp.open(dir).close();
        fixture = ReportFixture.load(dir);
        ctx = TestApp.open(dir);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** Every cell of a row from column 1 on: numeric (figures) or a formula with this cached value (合计). */
    static void assertFigures(XSSFSheet sheet, int row, boolean formula, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            Cell cell = sheet.getRow(row).getCell(i + 1);
            String where = cell.getAddress().formatAsString();
            assertThat(cell.getCellType()).as(where).isEqualTo(formula ? CellType.FORMULA : CellType.NUMERIC);
            if (formula) {
                assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
            }
            assertThat(cell.getNumericCellValue()).as(where).isCloseTo(expected[i], within(1e-9));
        }
    }

    static void assertPrintSetup(XSSFSheet sheet, boolean landscape, String repeated) {
        PrintSetup ps = sheet.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf(repeated));
        assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
    }

    @Test
    void warmthStatsEveryFigure() throws IOException {
        ReportRequest request = ReportRequest.warmthStats(fixture.campaign);
        Path out = ctx.reports().defaultOutput(request);
        assertThat(out.getParent()).isEqualTo(ctx.paths().exportsDir());
        assertThat(out.getFileName().toString()).matches("城关镇总工会_送温暖统计表_2024年元旦春节送温暖_\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        ExportResult result = ctx.reports().export(request, out, Progress.none());
        assertThat(result.rows()).isEqualTo(3);
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年元旦春节送温暖各级工会送温暖统计表");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:AB1"));
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：城关镇总工会");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("填报人：张干事");
            assertThat(s.getRow(1).getCell(14).getStringCellValue()).isEqualTo("联系电话：0551-6200000");
            assertThat(s.getRow(1).getCell(21).getStringCellValue()).startsWith("填报日期：20");
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("筹集送温暖资金（万元）");
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("城关镇总工会");
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("城关镇机关工会");
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("城关镇教育工会");
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("合计");
            // 筹集 (9), 企业 (2), 困难职工 (6), 劳模, 农民工, 一线, 其他 (2 each), 人次, 总金额 — 万元 with four decimals
            assertFigures(s, 5, false, 32.4346, 12, 5, 3, 2, 1.2346, 8, 0.5, 0.7, 1, 0.2, 1, 0.15, 1, 0, 0, 0,
                    1, 0.25, 0, 0, 0, 0, 1, 0.03, 4, 0.43);
            assertFigures(s, 6, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0.8, 2, 0.14, 0, 1, 1, 1,
                    0, 0, 0, 0, 0, 0, 1, 0.07, 3, 0.21);
            assertFigures(s, 7, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 1, 0.04, 2, 0.105, 0, 0, 3, 0.145);
            assertFigures(s, 8, true, 32.4346, 12, 5, 3, 2, 1.2346, 8, 0.5, 0.7, 2, 1.0, 3, 0.29, 1, 1, 1, 1,
                    1, 0.25, 1, 0.04, 2, 0.105, 2, 0.1, 10, 0.785);
            assertThat(s.getRow(8).getCell(1).getCellFormula()).isEqualTo("SUM(B6:B8)");
            assertThat(s.getRow(8).getCell(27).getCellFormula()).isEqualTo("SUM(AB6:AB8)");
            assertThat(s.getRow(5).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            assertThat(s.getRow(5).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(s.getRow(5).getCell(1).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(wb.getFontAt(s.getRow(5).getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertPrintSetup(s, true, "3:5");
        }
    }

    @Test
    void aidCenterEveryFigure() throws IOException {
        Path out = dir.resolve("aid.xlsx");
        ctx.reports().export(ReportRequest.aidCenter(2024), out, Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年度困难职工帮扶中心工作统计表");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:V1"));
            // 年初 新增 退档 年末 | 生活 医疗 助学 临时 送温暖 (户数, 万元) | 合计 | 招聘会 岗位 介绍 培训 | 咨询 援助
            // only 困难职工 households count in 救助/送温暖 (ReportRepositoryTest has the hand computation)
            assertFigures(s, 4, false, 2, 0, 0, 2, 1, 0.03, 0, 0, 0, 0, 1, 0.0889, 1, 0.12, 0.2389,
                    3, 2792, 45, 310, 120, 6);
            assertFigures(s, 5, false, 1, 1, 1, 1, 0, 0, 1, 0.3, 0, 0, 0, 0, 2, 0.14, 0.44, 0, 0, 0, 0, 0, 0);
            assertFigures(s, 6, false, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0.15, 0, 0, 0, 0, 0.15, 0, 0, 0, 0, 0, 0);
            assertFigures(s, 7, true, 3, 2, 2, 3, 1, 0.03, 1, 0.3, 1, 0.15, 1, 0.0889, 3, 0.26, 0.8289,
                    3, 2792, 45, 310, 120, 6);
            assertPrintSetup(s, true, "3:4");
        }
    }

    @Test
    void rosterMaskedWithTotalsInCapitals() throws IOException {
        Path out = dir.resolve("roster.xlsx");
        ctx.reports().export(ReportRequest.roster(fixture.campaign, null, false), out, Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年元旦春节送温暖慰问金发放花名册");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"));
            String[] names = {"李文明", "王建国", "王建国", "赵其他", "吴企业", "周意外", "孙相对", "冯医生", "郑农民", "陈骑手"};
            double[] cash = {2000, 1000, 300, 250.5, 700, 500, 800, 600, 400, 300};
            for (int i = 0; i < names.length; i++) {
                var row = s.getRow(3 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(names[i]);
                assertThat(row.getCell(3).getStringCellValue()).matches("340102\\*{8}\\d{4}");
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(cash[i]);
                assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(40f);
            }
            var first = s.getRow(3);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("男");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("340102********0004");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("劳动模范/工匠");
            assertThat(s.getRow(4).getCell(5).getStringCellValue()).isEqualTo("困难职工/深度困难");
            assertThat(s.getRow(4).getCell(7).getStringCellValue()).isEqualTo("米、油");
            assertThat(s.getRow(4).getCell(8).getStringCellValue()).isEmpty();
            Cell pageTotal = s.getRow(13).getCell(6);
            assertThat(s.getRow(13).getCell(0).getStringCellValue()).isEqualTo("本页小计");
            assertThat(pageTotal.getCellFormula()).isEqualTo("SUBTOTAL(9,G4:G13)");
            assertThat(pageTotal.getNumericCellValue()).isEqualTo(6850.5);
            Cell total = s.getRow(14).getCell(6);
            // 王建国 has two lines (two 帮扶类别): ten lines, nine people
            assertThat(s.getRow(14).getCell(0).getStringCellValue()).isEqualTo("合计（共 9 人）");
            assertThat(total.getCellFormula()).isEqualTo("SUBTOTAL(9,G4:G14)");
            assertThat(total.getNumericCellValue()).isEqualTo(6850.5);
            assertThat(s.getRow(15).getCell(0).getStringCellValue()).isEqualTo("合计金额（大写）：陆仟捌佰伍拾元伍角整");
            assertThat(s.getRow(17).getCell(0).getStringCellValue()).isEqualTo("经办人：");
            assertThat(s.getRow(17).getCell(3).getStringCellValue()).isEqualTo("审核人：");
            assertThat(s.getRow(17).getCell(5).getStringCellValue()).isEqualTo("单位负责人：");
            assertThat(s.getRow(17).getCell(8).getStringCellValue()).isEqualTo("日期：");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A14:F14"), CellRangeAddress.valueOf("A16:J16"));
            assertThat(s.getRowBreaks()).isEmpty();
            assertPrintSetup(s, false, "3:3");
        }
    }

    @Test
    void rosterOfOneUnitWithWholeIdNumbers() throws IOException {
        Path out = dir.resolve("roster-a.xlsx");
        ctx.reports().export(ReportRequest.roster(fixture.campaign, ReportFixture.UNIT_A, true), out, Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：城关镇机关工会");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("吴企业");
            assertThat(s.getRow(3).getCell(3).getStringCellValue()).isEqualTo("340102198001010008");
            assertThat(s.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(s.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("合计金额（大写）：贰仟元整");
        }
    }

    @Test
    void rosterPagesEachWithSubtotal() throws IOException {
        ctx.close();
        long big = ReportFixture.largeCampaign(dir, 40);
        ctx = TestApp.open(dir);
        Path out = dir.resolve("roster-40.xlsx");
        ctx.reports().export(ReportRequest.roster(big, null, false), out, Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            // 15 lines per page: lines at rows 4-18, 小计 19; 20-34, 小计 35; 36-45, 小计 46; 合计 47 (1-based)
            int[] subtotalRows = {18, 34, 45};
            double[] subtotals = {1500, 1500, 1000};
            String[] formulas = {"SUBTOTAL(9,G4:G18)", "SUBTOTAL(9,G20:G34)", "SUBTOTAL(9,G36:G45)"};
            for (int i = 0; i < 3; i++) {
                var row = s.getRow(subtotalRows[i]);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("本页小计");
                assertThat(row.getCell(6).getCellFormula()).isEqualTo(formulas[i]);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(subtotals[i]);
            }
            assertThat(s.getRow(19).getCell(0).getNumericCellValue()).isEqualTo(16);
            assertThat(s.getRowBreaks()).containsExactly(18, 34);
            assertThat(s.getRow(46).getCell(6).getCellFormula()).isEqualTo("SUBTOTAL(9,G4:G46)");
            assertThat(s.getRow(46).getCell(6).getNumericCellValue()).isEqualTo(4000.0);
            assertThat(s.getRow(47).getCell(0).getStringCellValue()).isEqualTo("合计金额（大写）：肆仟元整");
        }
    }

    @Test
    void submitRecordsPendingSubmissionWithHash() throws Exception {
        ReportRequest request = ReportRequest.warmthStats(fixture.campaign);
        ExportResult export = ctx.reports().export(request, dir.resolve("w.xlsx"), Progress.none());
        Path out = export.file();
        String id = ctx.reports().submit(export);
        assertThat(ctx.reports().submissionState(id)).contains("PENDING");
        var submission = ctx.outbox().find(id).orElseThrow();
        var file = submission.files().get(0);
        assertThat(file.path()).exists().hasSameBinaryContentAs(out);
        assertThat(file.sha256()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(out))));
        assertThat(ctx.tableCounts().get("submission_file")).isEqualTo(1);
        // the manifest carries the table's figures as data, so the upper level never parses the sheet
        assertThat(submission.manifest()).contains("\"units\"").contains("\"hardshipHouseholds\"");
    }
}
