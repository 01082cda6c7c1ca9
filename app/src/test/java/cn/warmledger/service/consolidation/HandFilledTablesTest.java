package cn.warmledger.service.consolidation;

import cn.warmledger.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.settings.SetupService;

/**
 * A township without WarmLedger sends its 送温暖统计表 filled in by hand: here, a real township export (the
 * standard layout) that the county adds by hand, once as it is and once with a wrong 合计.
 */
class HandFilledTablesTest {
    @TempDir
    Path dir;
    AppContext county;
    long campaignId;
    Path sheet;
    List<BigDecimal> townshipTotals;

    @BeforeEach
    void setUp() throws Exception {
        try (AppContext town = TestApp.open(dir.resolve("town"))) {
            long c = town.campaigns().save(TestCampaigns.springFestival());
            town.campaigns().addFund(c, FundSource.COUNTY, new BigDecimal("30000"), LocalDate.of(2021, 1, 5), null);
            long a = town.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩建国", HardshipType.DEEP,
                    FileStatus.ACTIVE));
            long b = town.recipients().save(TestCampaigns.hardshipWorker(TestIds.FEMALE_1985, "李秀英",
                    HardshipType.RELATIVE, FileStatus.ACTIVE));
            town.visits().save(TestCampaigns.visit(a, c, LocalDate.of(2021, 1, 10), "1000"));
            town.visits().save(TestCampaigns.visit(b, c, LocalDate.of(2021, 1, 11), "800"));
            sheet = dir.resolve("城关镇送温暖统计表.xlsx");
            town.reports().export(ReportRequest.warmthStats(c), sheet, Progress.none());
        }
        townshipTotals = totalsRow(sheet);
        county = TestDatabases.openApp(new AppPaths(dir.resolve("county")));
        county.setup().complete(new SetupService.Setup("某某县总工会", "341200", "某某市总工会", "县干事",
                new BigDecimal("650")));
        campaignId = county.campaigns().save(TestCampaigns.springFestival());
        county.units().save(new UnitDraft("340102001", "城关镇总工会", null, null));
        county.units().save(new UnitDraft("340102002", "东城街道工会", null, null));
    }

    @AfterEach
    void close() {
        county.close();
    }

    @Test
    void theStandardSheetIsCheckedAddedAndConsolidated() throws Exception {
        HandFilledTables.Check check = county.handFilledTables().check(sheet, ReportKind.WARMTH_STATS);
        assertThat(check.problems()).isEmpty();
        assertThat(check.unit()).map(u -> u.code()).hasValue("340102001");

        ReceiveOutcome outcome = county.handFilledTables().add(sheet, ReportKind.WARMTH_STATS, "340102001", campaignId,
                null);
        assertThat(outcome.kind()).isEqualTo(ReceiveOutcome.Kind.NEW);

        Completeness grid = county.consolidation().completeness(ReportKind.WARMTH_STATS, campaignId, null);
        assertThat(grid.rows()).extracting(r -> r.cells().get(ReportKind.WARMTH_STATS).status())
                .containsExactly(ReportingStatus.REPORTED, ReportingStatus.MISSING);

        Path out = dir.resolve("县汇总.xlsx");
        county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaignId, null, out, Progress.none());
        List<BigDecimal> townRow = rowOf(out, "城关镇总工会");
        assertThat(townRow).isEqualTo(townshipTotals);
        assertThat(townshipTotals.get(11)).as("慰问困难职工户数").isEqualByComparingTo("2");
        assertThat(townshipTotals.get(0)).as("筹集资金合计（万元）").isEqualByComparingTo("3");
    }

    @Test
    void aSheetWithAWrongTotalIsRefusedNamingTheCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            Sheet s = wb.getSheetAt(0);
            Row total = totalRow(s);
            total.getCell(12).setCellValue(3);
            try (OutputStream os = Files.newOutputStream(sheet)) {
                wb.write(os);
            }
        }
        String cell = "M" + (totalRowNumber(sheet) + 1);

        assertThat(county.handFilledTables().check(sheet, ReportKind.WARMTH_STATS).problems())
                .containsExactly(cell + "：合计 3 与各行之和 2 不符");
        assertThatThrownBy(() -> county.handFilledTables().add(sheet, ReportKind.WARMTH_STATS, "340102001",
                campaignId, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(cell + "：合计 3 与各行之和 2 不符");
        assertThat(county.consolidation().completeness(ReportKind.WARMTH_STATS, campaignId, null).rows().get(0)
                .cells().get(ReportKind.WARMTH_STATS).status()).isEqualTo(ReportingStatus.MISSING);
    }

    private static Row totalRow(Sheet s) {
        for (Row r : s) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("合计")) {
                return r;
            }
        }
        throw new AssertionError("no 合计 row");
    }

    private static int totalRowNumber(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return totalRow(wb.getSheetAt(0)).getRowNum();
        }
    }

    private static List<BigDecimal> totalsRow(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return numbers(totalRow(wb.getSheetAt(0)));
        }
    }

    private static List<BigDecimal> rowOf(Path file, String name) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                Cell a = r.getCell(0);
                if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(name)) {
                    return numbers(r);
                }
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Columns B..AB as numbers (formulas by their cached values). */
    private static List<BigDecimal> numbers(Row r) {
        List<BigDecimal> values = new ArrayList<>();
        for (int c = 1; c <= 27; c++) {
            Cell cell = r.getCell(c);
            values.add(cell == null ? BigDecimal.ZERO
                    : new BigDecimal(org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue()))
                            .stripTrailingZeros());
        }
        return values;
    }
}
