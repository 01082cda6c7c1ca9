package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestSheets;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.StatFields;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.ManifestJson;

/**
 * 上报 sends the exported file's own figures: the manifest is filled from the snapshot the file was filled from,
 * never from a second read, so a visit recorded between export and 上报 changes neither.
 */
class UpwardSnapshotTest {
    private static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);
    @TempDir
    Path dir;
    private AppContext ctx;
    private long campaign;

    @BeforeEach
    void open() {
        ctx = TestApp.open(dir);
        campaign = ctx.campaigns().save(TestCampaigns.springFestival());
        long deep = ctx.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(1), "韩建国",
                HardshipType.DEEP, FileStatus.ACTIVE));
        long model = ctx.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(2), "李文明"));
        ctx.visits().save(TestCampaigns.visit(deep, campaign, JAN_10, "1000"));
        ctx.visits().save(TestCampaigns.visit(model, campaign, JAN_10, "500"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** A visit recorded after the export, as the clerk would between 导出 and 上报. */
    private void oneMoreVisit() {
        long late = ctx.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(3), "孙相对",
                HardshipType.RELATIVE, FileStatus.ACTIVE));
        ctx.visits().save(TestCampaigns.visit(late, campaign, JAN_10, "800"));
    }

    private Manifest manifest(String submissionId) {
        return ManifestJson.read(ctx.outbox().find(submissionId).orElseThrow().manifest());
    }

    @Test
    void warmthStatsManifestEqualsTheFileEvenAfterAnotherVisit() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.warmthStats(campaign), dir.resolve("w.xlsx"),
                Progress.none());
        oneMoreVisit();
        String id = ctx.reports().submit(export);

        Manifest m = manifest(id);
        assertThat(m.campaignId()).isEqualTo(campaign);
        assertThat(m.campaignName()).isEqualTo("2021年元旦春节送温暖");
        List<?> units = (List<?>) m.figures().get("units");
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            int compared = TestSheets.compareWithCells(wb.getSheetAt(0), units, StatFields.warmthStats());
            assertThat(compared).isEqualTo(units.size() * StatFields.warmthStats().size());
        }
        // the file and the manifest both say 2 visits (1000+120 and 500+120 元); the register now holds 3
        Map<?, ?> self = (Map<?, ?>) units.get(0);
        assertThat(new BigDecimal(self.get(StatFields.VISIT_COUNT).toString())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(self.get(StatFields.TOTAL_AMOUNT).toString())).isEqualByComparingTo("0.1740");
        assertThat(ctx.reports().data(ReportRequest.warmthStats(campaign)).rows("units").get(0)
                .get(StatFields.VISIT_COUNT).toString()).isEqualTo("3");
    }

    @Test
    void aidCenterManifestEqualsTheFile() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.aidCenter(2021), dir.resolve("a.xlsx"),
                Progress.none());
        oneMoreVisit();
        Manifest m = manifest(ctx.reports().submit(export));
        assertThat(m.periodYear()).isEqualTo(2021);
        List<?> units = (List<?>) m.figures().get("units");
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            assertThat(TestSheets.compareWithCells(wb.getSheetAt(0), units, StatFields.aidCenter()))
                    .isEqualTo(units.size() * StatFields.aidCenter().size());
        }
        Map<?, ?> self = (Map<?, ?>) units.get(0);
        assertThat(new BigDecimal(self.get(StatFields.households(cn.warmledger.domain.AssistanceKind.WARMTH))
                .toString())).isEqualByComparingTo("1");
    }

    @Test
    void rosterManifestCountsWhatTheFileLists() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.roster(campaign, null, false), dir.resolve("r.xlsx"),
                Progress.none());
        oneMoreVisit();
        Manifest m = manifest(ctx.reports().submit(export));
        assertThat(m.figures().get("count").toString()).isEqualTo("2");
        assertThat(new BigDecimal(m.figures().get("totalCash").toString())).isEqualByComparingTo("1500");
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            XSSFSheet s = wb.getSheetAt(0);
            Row total = TestSheets.rowOf(s, "合计（共 2 人）");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(1500.0);
        }
    }

    /**
     * The manifest names the 单位 the file names: 本单位's code and name as the export read them, even when 设置 →
     * 本单位 changes them between 导出 and 上报 (the county matches on the code).
     */
    @Test
    void theManifestNamesTheUnitOfTheExportNotOfTheSettingsAtSubmit() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.warmthStats(campaign), dir.resolve("w.xlsx"),
                Progress.none());
        ctx.settings().set("org.code", "340102999");
        ctx.settings().set("org.name", "城关镇总工会（新）");
        Manifest m = manifest(ctx.reports().submit(export));
        assertThat(m.organizationCode()).isEqualTo("340102001");
        assertThat(m.organizationName()).isEqualTo("城关镇总工会");
        assertThat(ctx.outbox().find(m.submissionId()).orElseThrow().organizationCode()).isEqualTo("340102001");
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位（盖章）：" + m.organizationName());
        }
    }

    @Test
    void aFileChangedOrGoneSinceTheExportIsNotSent() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.warmthStats(campaign), dir.resolve("w.xlsx"),
                Progress.none());
        Files.write(export.file(), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ctx.reports().submit(export)).isInstanceOf(InvalidValueException.class)
                .hasMessage("w.xlsx：导出后文件被改动过，上报的数字会与文件不符：请重新导出后再上报");
        Files.delete(export.file());
        assertThatThrownBy(() -> ctx.reports().submit(export)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("导出的文件已不在");
        assertThat(ctx.tableCounts().get("submission")).isZero();
    }
}
