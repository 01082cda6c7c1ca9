package cn.warmledger.service.reports;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_STATUS_HISTORY;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestSheets;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.StatFields;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.ManifestJson;

/**
 * 年度困难职工帮扶中心工作统计表 2025, worked out by hand. The rules: 救助 and 送温暖 count 困难职工 households only
 * (a 困难职工 with a 困难职工档案), each household once per column however many visits; 金额 is 慰问金 + 慰问品折价 of
 * those households' visits of that kind in the year; deleted visits and other years do not count; 在档 follows the
 * dated status history, a file's first entry dating from its 建档日期.
 *
 * <pre>
 * 本单位 城关镇总工会
 *   (every 困难职工 visit keeps the household's 档案状态 of its day, as the app records it)
 *   韩一户  filed 2019-03-01, entered (imported) 2026-01-10  WARMTH 1000+200 (01-20) and 500 (02-10), LIVING 800
 *   韩三户  filed 2025-04-01, ACTIVE 2025-04-02           EDUCATION 2000; EMERGENCY 999 deleted
 *   韩四户  ACTIVE 2020-01-01                              WARMTH 700 on 2024-12-31, LIVING 100 on 2026-01-01
 *   韩注销  ACTIVE 2022-01-01, CANCELLED 2025-10-01        —
 *   韩无单位 (no 单位) ACTIVE 2023-06-01                   WARMTH 1000 (visit without 单位)
 *   李劳模 (劳模) WARMTH 2000+300; 冯医生 (一线医务) WARMTH 800; 赵其他 (其他, no 单位) LIVING 300  — not counted
 *   → 年初 4 (一户 四户 注销 无单位), 新增 1 (三户), 退档 1 (注销), 年末 4
 *     送温暖 2 户 2700; 生活 1 户 800; 助学 1 户 2000; 医疗 0; 临时 0; 合计 5500
 * 机关工会
 *   韩二户  ACTIVE 2018-05-01, EXITED 2025-07-01           MEDICAL 3000 (03-05), WARMTH 600 (01-25), 400 (12-20)
 *   韩五户  ACTIVE 2021-01-01, PHASING_OUT 2025-05-01     EMERGENCY 1500+100
 *   郑农民 (农民工) WARMTH 500 — not counted
 *   → 年初 2, 新增 0, 退档 1 (二户), 年末 1 (渐退 is still 在档)
 *     医疗 1 户 3000; 送温暖 1 户 1000; 临时 1 户 1600; 合计 5600
 * </pre>
 */
class AidCenterCountingTest {
    @TempDir
    Path dir;
    private AppContext ctx;
    private DSLContext dsl;
    private int people;

    @BeforeEach
    void load() {
        TestApp.open(dir).close();
        try (Database db = TestDatabases.open(dir)) {
            dsl = db.dsl();
            insert();
        }
        ctx = TestApp.open(dir);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void insert() {
        long self = dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.KIND.eq("SELF")).fetchOne().value1();
        long unitA = dsl.insertInto(ORGANIZATION).set(ORGANIZATION.CODE, "340102001-01").set(ORGANIZATION.NAME, "城关镇机关工会")
                .set(ORGANIZATION.KIND, "GRASSROOTS").set(ORGANIZATION.PARENT_ID, self)
                .returning(ORGANIZATION.ID).fetchOne().getId();

        long h1 = person("韩一户", "HARDSHIP_WORKER", self);
        file(h1, LocalDate.of(2019, 3, 1), "ACTIVE", day(2026, 1, 10));
        visit(h1, self, day(2025, 1, 20), "1000", "200", "WARMTH", false, "ACTIVE");
        visit(h1, self, day(2025, 2, 10), "500", "0", "WARMTH", false, "ACTIVE");
        visit(h1, self, day(2025, 6, 1), "800", "0", "LIVING", false, "ACTIVE");
        long h3 = person("韩三户", "HARDSHIP_WORKER", self);
        file(h3, LocalDate.of(2025, 4, 1), "ACTIVE", day(2025, 4, 2));
        visit(h3, self, day(2025, 9, 1), "2000", "0", "EDUCATION", false, "ACTIVE");
        visit(h3, self, day(2025, 9, 2), "999", "0", "EMERGENCY", true, "ACTIVE");
        long h4 = person("韩四户", "HARDSHIP_WORKER", self);
        file(h4, null, "ACTIVE", day(2020, 1, 1));
        visit(h4, self, day(2024, 12, 31), "700", "0", "WARMTH", false, "ACTIVE");
        visit(h4, self, day(2026, 1, 1), "100", "0", "LIVING", false, "ACTIVE");
        long cancelled = person("韩注销", "HARDSHIP_WORKER", self);
        file(cancelled, null, "ACTIVE", day(2022, 1, 1), "CANCELLED", day(2025, 10, 1));
        long noUnit = person("韩无单位", "HARDSHIP_WORKER", null);
        file(noUnit, null, "ACTIVE", day(2023, 6, 1));
        visit(noUnit, null, day(2025, 1, 22), "1000", "0", "WARMTH", false, "ACTIVE");
        visit(person("李劳模", "MODEL_WORKER", self), self, day(2025, 1, 20), "2000", "300", "WARMTH", false, null);
        visit(person("冯医生", "MEDICAL_FRONTLINE", self), self, day(2025, 1, 21), "800", "0", "WARMTH", false, null);
        visit(person("赵其他", "OTHER", null), null, day(2025, 3, 3), "300", "0", "LIVING", false, null);

        long h2 = person("韩二户", "HARDSHIP_WORKER", unitA);
        file(h2, null, "ACTIVE", day(2018, 5, 1), "EXITED", day(2025, 7, 1));
        visit(h2, unitA, day(2025, 3, 5), "3000", "0", "MEDICAL", false, "ACTIVE");
        visit(h2, unitA, day(2025, 1, 25), "600", "0", "WARMTH", false, "ACTIVE");
        visit(h2, unitA, day(2025, 12, 20), "400", "0", "WARMTH", false, "EXITED");
        long h5 = person("韩五户", "HARDSHIP_WORKER", unitA);
        file(h5, null, "ACTIVE", day(2021, 1, 1), "PHASING_OUT", day(2025, 5, 1));
        visit(h5, unitA, day(2025, 8, 8), "1500", "100", "EMERGENCY", false, "PHASING_OUT");
        visit(person("郑农民", "MIGRANT_WORKER", unitA), unitA, day(2025, 1, 20), "500", "0", "WARMTH", false, null);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private long person(String name, String category, Long unit) {
        return dsl.insertInto(RECIPIENT).set(RECIPIENT.ID_NUMBER, TestCampaigns.idNumber(++people))
                .set(RECIPIENT.NAME, name).set(RECIPIENT.GENDER, "MALE").set(RECIPIENT.BIRTH_DATE, day(1980, 1, 1))
                .set(RECIPIENT.CATEGORY, category).set(RECIPIENT.ORGANIZATION_ID, unit)
                .returning(RECIPIENT.ID).fetchOne().getId();
    }

    /** A file with its 建档日期 (or none) and its status history: pairs of status and date. */
    private void file(long recipient, LocalDate filedOn, Object... history) {
        long file = dsl.insertInto(HARDSHIP_FILE).set(HARDSHIP_FILE.RECIPIENT_ID, recipient)
                .set(HARDSHIP_FILE.HARDSHIP_TYPE, "DEEP").set(HARDSHIP_FILE.STATUS, (String) history[history.length - 2])
                .set(HARDSHIP_FILE.FILED_ON, filedOn)
                .returning(HARDSHIP_FILE.ID).fetchOne().getId();
        for (int i = 0; i < history.length; i += 2) {
            dsl.insertInto(HARDSHIP_STATUS_HISTORY).set(HARDSHIP_STATUS_HISTORY.FILE_ID, file)
                    .set(HARDSHIP_STATUS_HISTORY.STATUS, (String) history[i])
                    .set(HARDSHIP_STATUS_HISTORY.CHANGED_ON, (LocalDate) history[i + 1]).execute();
        }
    }

    /**
     * A visit as the app records it: with the household's 档案状态 and 困难类型 at the time ({@code fileStatus}; null
     * for a recipient who was no 困难职工 with a file then).
     */
    private void visit(long recipient, Long unit, LocalDate on, String cash, String goodsValue, String kind,
                       boolean deleted, String fileStatus) {
        dsl.insertInto(VISIT).set(VISIT.RECIPIENT_ID, recipient).set(VISIT.ORGANIZATION_ID, unit)
                .set(VISIT.VISITED_ON, on).set(VISIT.FORM, "HOME").set(VISIT.CASH, new BigDecimal(cash))
                .set(VISIT.GOODS_VALUE, new BigDecimal(goodsValue)).set(VISIT.ASSISTANCE_KIND, kind)
                .set(VISIT.FILE_STATUS, fileStatus).set(VISIT.HARDSHIP_TYPE, fileStatus == null ? null : "DEEP")
                .set(VISIT.DELETED_AT, deleted ? LocalDateTime.now() : null).execute();
    }

    @Test
    void onlyHardshipHouseholdsEachOncePerKind() throws Exception {
        ExportResult export = ctx.reports().export(ReportRequest.aidCenter(2025), dir.resolve("aid.xlsx"),
                Progress.none());
        assertThat(export.warnings()).isEmpty();
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("城关镇总工会");
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("城关镇机关工会");
            // 年初 新增 退档 年末 | 生活 医疗 助学 临时 送温暖 (户数, 万元) | 救助金额合计 | 就业 4, 法律 2
            ReportExportTest.assertFigures(s, 4, false, 4, 1, 1, 4, 1, 0.08, 0, 0, 1, 0.2, 0, 0, 2, 0.27, 0.55,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 5, false, 2, 0, 1, 1, 0, 0, 1, 0.3, 0, 0, 1, 0.16, 1, 0.1, 0.56,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 6, true, 6, 1, 2, 5, 1, 0.08, 1, 0.3, 1, 0.2, 1, 0.16, 3, 0.37, 1.11,
                    0, 0, 0, 0, 0, 0);
        }
        // and the same figures go upward
        Manifest m = ManifestJson.read(ctx.outbox().find(ctx.reports().submit(export)).orElseThrow().manifest());
        List<?> units = (List<?>) m.figures().get("units");
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            assertThat(TestSheets.compareWithCells(wb.getSheetAt(0), units, StatFields.aidCenter()))
                    .isEqualTo(2 * StatFields.aidCenter().size());
        }
    }

    @Test
    void theYearBeforeCountsTheImportedFileFromItsFilingDate() throws Exception {
        // 2024: 韩一户 (filed 2019, entered 2026) was 在档 all year; 韩三户 not yet; the visit of 2024-12-31 counts
        ExportResult export = ctx.reports().export(ReportRequest.aidCenter(2024), dir.resolve("aid-2024.xlsx"),
                Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            XSSFSheet s = wb.getSheetAt(0);
            // 本单位: 一户 四户 注销 无单位 in file all year; 四户 WARMTH 700
            ReportExportTest.assertFigures(s, 4, false, 4, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0.07, 0.07,
                    0, 0, 0, 0, 0, 0);
            // 机关工会: 二户 and 五户 in file all year
            ReportExportTest.assertFigures(s, 5, false, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0);
        }
    }
}
