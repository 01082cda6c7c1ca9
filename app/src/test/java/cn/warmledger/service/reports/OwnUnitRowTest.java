package cn.warmledger.service.reports;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestSheets;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.StatFields;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * No silently empty table: without 本单位 (org.code / org.name never set) the visits that belong to no 基层工会
 * have no row, so every output refuses naming the missing setting; with it, every visit of the campaign is counted
 * in some row — recipients without a 单位 under 本单位, a removed 基层工会 keeping its row.
 */
class OwnUnitRowTest {
    @TempDir
    Path dir;

    @Test
    void withoutOwnUnitEveryOutputRefusesNamingTheSetting() throws Exception {
        long campaign;
        try (AppContext ctx = TestDatabases.openApp(new AppPaths(dir))) {
            campaign = ctx.campaigns().save(TestCampaigns.springFestival());
            for (int i = 0; i < 3; i++) {
                long r = ctx.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(i), "韩" + i,
                        HardshipType.DEEP, FileStatus.ACTIVE));
                ctx.visits().save(TestCampaigns.visit(r, campaign, LocalDate.of(2021, 1, 10), "1000"));
            }
            for (ReportRequest request : List.of(ReportRequest.warmthStats(campaign), ReportRequest.aidCenter(2021),
                    ReportRequest.roster(campaign, null, false))) {
                Path out = dir.resolve(request.kind().code() + ".xlsx");
                assertThatThrownBy(() -> ctx.reports().export(request, out, Progress.none()))
                        .isInstanceOf(InvalidValueException.class)
                        .hasMessageStartingWith("本单位：还未设置单位代码和名称（org.code、org.name）");
                assertThat(out).doesNotExist();
            }
            ctx.settings().set("org.name", "城关镇总工会");
            assertThatThrownBy(() -> ctx.reports().export(ReportRequest.warmthStats(campaign), dir.resolve("w.xlsx"),
                    Progress.none())).hasMessageContaining("还未设置单位代码（org.code）");
            ctx.settings().set("org.code", "340102001");

            ExportResult export = ctx.reports().export(ReportRequest.warmthStats(campaign), dir.resolve("w.xlsx"),
                    Progress.none());
            assertThat(export.rows()).isEqualTo(1);
            try (XSSFWorkbook wb = TestSheets.read(export.file())) {
                XSSFSheet s = wb.getSheetAt(0);
                assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("城关镇总工会");
                assertThat(s.getRow(5).getCell(27 - 1).getNumericCellValue()).isEqualTo(3.0);
                // nobody signed in and no 填报人 set: blank, never "system"
                assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("填报人：");
            }
        }
    }

    @Test
    void everyVisitOfTheCampaignIsInSomeRow() {
        TestApp.open(dir).close();
        long a;
        try (Database db = TestDatabases.open(dir)) {
            long self = db.dsl().select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.KIND.eq("SELF"))
                    .fetchOne().value1();
            a = grassroots(db, "340102001-01", "城关镇机关工会", self);
            grassroots(db, "340102001-02", "城关镇教育工会", self);
        }
        long campaign;
        try (AppContext ctx = TestApp.open(dir)) {
            campaign = ctx.campaigns().save(TestCampaigns.springFestival());
            long noUnit = ctx.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(1), "李无单位"));
            RecipientDraft d = TestCampaigns.hardshipWorker(TestCampaigns.idNumber(2), "韩机关", HardshipType.DEEP,
                    FileStatus.ACTIVE);
            long inA = ctx.recipients().save(new RecipientDraft(null, d.idNumber(), d.name(), null, null, d.phone(),
                    d.employer(), d.address(), d.category(), a, null, d.hardshipFile(), d.family(), "建档"));
            ctx.visits().save(TestCampaigns.visit(noUnit, campaign, LocalDate.of(2021, 1, 10), "500"));
            ctx.visits().save(TestCampaigns.visit(inA, campaign, LocalDate.of(2021, 1, 10), "1000"));
        }
        // the 基层工会 is removed after its visits were recorded: its row stays, nothing vanishes
        try (Database db = TestDatabases.open(dir)) {
            db.dsl().update(ORGANIZATION).set(ORGANIZATION.DELETED_AT, LocalDateTime.now()).where(ORGANIZATION.ID.eq(a))
                    .execute();
        }
        try (AppContext ctx = TestApp.open(dir)) {
            List<Map<String, Object>> rows = ctx.reports().data(ReportRequest.warmthStats(campaign)).rows("units");
            assertThat(rows).extracting(r -> r.get("name"))
                    .containsExactlyInAnyOrder("城关镇总工会", "城关镇教育工会", "城关镇机关工会");
            assertThat(rows.get(0).get("name")).isEqualTo("城关镇总工会");
            assertThat(rows.stream().map(r -> (BigDecimal) r.get(StatFields.VISIT_COUNT))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("2");
            assertThat(rows.get(0).get(StatFields.MODEL_WORKERS).toString()).isEqualTo("1");
            Map<String, Object> removed = rows.stream().filter(r -> r.get("name").equals("城关镇机关工会")).findFirst()
                    .orElseThrow();
            assertThat(removed.get(StatFields.HARDSHIP_HOUSEHOLDS).toString()).isEqualTo("1");
        }
    }

    /** A 基层工会 under 本单位 ({@code self}), written straight into the data folder's database. */
    static long grassroots(Database db, String code, String name, long self) {
        return db.dsl().insertInto(ORGANIZATION).set(ORGANIZATION.CODE, code).set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.KIND, "GRASSROOTS").set(ORGANIZATION.PARENT_ID, self)
                .returning(ORGANIZATION.ID).fetchOne().getId();
    }
}
