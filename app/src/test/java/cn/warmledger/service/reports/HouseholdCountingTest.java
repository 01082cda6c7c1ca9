package cn.warmledger.service.reports;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * One household, one record, one row: in the 帮扶中心工作统计表 a visit is a 困难职工 household's when the visit says
 * so (it keeps the 档案状态 of its day), a change of 对象类别 closes the file in its dated history, and every household
 * counts in its recipient's 单位 for the 在档 and the visit columns alike. Recorded through the services, as the
 * clerk does; Y is last year, T this year (the 对象类别 changes are made today).
 *
 * <pre>
 * 本单位 城关镇总工会
 *   韩变    困难职工, 建档 2020-01-01; Y-01-10 送温暖 1000+120; today made 劳模 → the file is 注销 today
 *   李后来  劳模; Y-01-10 送温暖 500+120 (no file then); today made 困难职工 with a file (no 建档日期: from today)
 * 机关工会 (A) → 教育工会 (B)
 *   韩搬家  困难职工 in A, 建档 2020-01-01; Y-01-12 送温暖 800+120 (recorded in A); then moved to B;
 *           Y-08-20 送温暖 600+120 (recorded in B)
 *
 * Y: 本单位 年初 1 新增 0 退档 0 年末 1, 送温暖 1 户 1120 (韩变; 李后来 was no 困难职工 household then)
 *    A     nothing (nobody is in A any more)
 *    B     年初 1 年末 1, 送温暖 1 户 1640 (both of 韩搬家's visits)
 *    合计  年初 2 年末 2, 送温暖 2 户 2760 — each household once
 * T: 本单位 年初 1 新增 1 (李后来) 退档 1 (韩变) 年末 1; B 年初 1 年末 1; no visits
 * </pre>
 */
class HouseholdCountingTest {
    private static final int T = LocalDate.now().getYear();
    private static final int Y = T - 1;
    @TempDir
    Path dir;
    private AppContext ctx;
    private long unitA;
    private long unitB;

    @BeforeEach
    void open() {
        TestApp.open(dir).close();
        try (Database db = TestDatabases.open(dir)) {
            long self = db.dsl().select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.KIND.eq("SELF"))
                    .fetchOne().value1();
            unitA = OwnUnitRowTest.grassroots(db, "340102001-01", "城关镇机关工会", self);
            unitB = OwnUnitRowTest.grassroots(db, "340102001-02", "城关镇教育工会", self);
        }
        ctx = TestApp.open(dir);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long campaign(String name, LocalDate from) {
        return ctx.campaigns().save(new CampaignDraft(null, name, CampaignKind.WARMTH, from, from.plusMonths(2),
                new BigDecimal("100000"), null, TestCampaigns.STANDARDS));
    }

    /** A 困难职工 of {@code unit} (null: 本单位) whose file dates from {@code filedOn} (null: from the day it is saved). */
    private static RecipientDraft hardshipWorker(int n, String name, Long unit, LocalDate filedOn) {
        RecipientDraft d = TestApp.hardshipWorker(TestCampaigns.idNumber(n), name);
        HardshipFile f = d.hardshipFile();
        HardshipFile filed = new HardshipFile(null, null, f.fileNumber(), HardshipType.DEEP, FileStatus.ACTIVE, null,
                f.mainCause(), f.secondaryCauses(), f.profile(), f.income(), f.bankAccount(), f.pairedCadre(), null,
                f.filedBy(), null, filedOn);
        return new RecipientDraft(null, d.idNumber(), name, null, null, d.phone(), d.employer(), d.address(),
                RecipientCategory.HARDSHIP_WORKER, unit, null, filed, d.family(), "建档");
    }

    /** The recipient as the form saves it again, with another 对象类别 or 单位. */
    private RecipientDraft edited(long id, RecipientCategory category, Long unit, HardshipFile file) {
        RecipientDetails d = ctx.recipients().details(id).orElseThrow();
        var r = d.recipient();
        return new RecipientDraft(id, r.idNumber(), r.name(), r.gender(), r.birthDate(), r.phone(), r.employer(),
                r.address(), category, unit, r.note(), file, d.family(), null);
    }

    @Test
    void aChangeOfCategoryChangesNoPastYearAndEveryHouseholdHasOneRow() throws Exception {
        long winter = campaign(Y + "年元旦春节送温暖", LocalDate.of(Y, 1, 1));
        long summer = campaign(Y + "年夏季送清凉", LocalDate.of(Y, 8, 1));
        long han = ctx.recipients().save(hardshipWorker(1, "韩变", null, LocalDate.of(2020, 1, 1)));
        long li = ctx.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(2), "李后来"));
        long mover = ctx.recipients().save(hardshipWorker(3, "韩搬家", unitA, LocalDate.of(2020, 1, 1)));
        ctx.visits().save(TestCampaigns.visit(han, winter, LocalDate.of(Y, 1, 10), "1000"));
        ctx.visits().save(TestCampaigns.visit(li, winter, LocalDate.of(Y, 1, 10), "500"));
        ctx.visits().save(TestCampaigns.visit(mover, winter, LocalDate.of(Y, 1, 12), "800"));
        ctx.recipients().save(edited(mover, RecipientCategory.HARDSHIP_WORKER, unitB,
                ctx.recipients().details(mover).orElseThrow().hardshipFile().orElseThrow()));
        ctx.visits().save(TestCampaigns.visit(mover, summer, LocalDate.of(Y, 8, 20), "600"));

        // today: 韩变 is a 劳模 now, 李后来 a 困难职工 with a file
        ctx.recipients().save(edited(han, RecipientCategory.MODEL_WORKER, null, null));
        ctx.recipients().save(edited(li, RecipientCategory.HARDSHIP_WORKER, null,
                hardshipWorker(2, "李后来", null, null).hardshipFile()));

        RecipientDetails changed = ctx.recipients().details(han).orElseThrow();
        assertThat(changed.hardshipFile().orElseThrow().status()).isEqualTo(FileStatus.CANCELLED);
        StatusChange last = changed.statusHistory().get(changed.statusHistory().size() - 1);
        assertThat(last.status()).isEqualTo(FileStatus.CANCELLED);
        assertThat(last.changedOn()).isEqualTo(LocalDate.now());
        assertThat(last.reason()).isEqualTo("对象类别改为劳动模范/工匠");
        assertThat(changed.statusHistory()).hasSize(2);

        ExportResult export = ctx.reports().export(ReportRequest.aidCenter(Y), dir.resolve("y.xlsx"),
                Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(export.file())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(List.of(s.getRow(4).getCell(0).getStringCellValue(), s.getRow(5).getCell(0).getStringCellValue(),
                    s.getRow(6).getCell(0).getStringCellValue()))
                    .containsExactly("城关镇总工会", "城关镇机关工会", "城关镇教育工会");
            // 年初 新增 退档 年末 | 生活 医疗 助学 临时 送温暖 (户数, 万元) | 救助金额合计 | 就业 4, 法律 2
            ReportExportTest.assertFigures(s, 4, false, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0.112, 0.112,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 5, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 6, false, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0.164, 0.164,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 7, true, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0.276, 0.276,
                    0, 0, 0, 0, 0, 0);
        }

        ExportResult thisYear = ctx.reports().export(ReportRequest.aidCenter(T), dir.resolve("t.xlsx"),
                Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(thisYear.file())) {
            XSSFSheet s = wb.getSheetAt(0);
            ReportExportTest.assertFigures(s, 4, false, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 6, false, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0);
            ReportExportTest.assertFigures(s, 7, true, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0);
        }
    }
}
