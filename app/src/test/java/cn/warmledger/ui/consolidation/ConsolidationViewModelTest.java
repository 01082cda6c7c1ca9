package cn.warmledger.ui.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.ui.common.TaskRunner;

/**
 * 汇总 without a window: two townships send their 送温暖统计表 to a U盘 folder (one under another campaign
 * name), the county collects it, matches the name, sees who is missing, adds a hand-filled sheet, builds the
 * consolidated table and sends it upward.
 */
class ConsolidationViewModelTest {
    @TempDir
    Path dir;
    Path stick;
    Path townSheet;
    AppContext county;
    ConsolidationViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        stick = Files.createDirectories(dir.resolve("U盘"));
        try (AppContext town = TestApp.open(dir.resolve("town-a"))) {
            townSheet = send(town, TestCampaigns.springFestival(), TestIds.MALE_1980);
        }
        try (AppContext town = AppContext.open(new AppPaths(dir.resolve("town-b")))) {
            town.setup().complete(new SetupService.Setup("东城街道工会", "340102002", "某某县总工会", "王干事",
                    new BigDecimal("650")));
            send(town, new CampaignDraft(null, "2021年两节送温暖活动", CampaignKind.WARMTH, LocalDate.of(2020, 12, 20),
                    LocalDate.of(2021, 2, 26), null, null, TestCampaigns.STANDARDS), TestIds.FEMALE_1985);
        }
        county = AppContext.open(new AppPaths(dir.resolve("county")));
        county.setup().complete(new SetupService.Setup("某某县总工会", "341200", "某某市总工会", "县干事",
                new BigDecimal("650")));
        county.campaigns().save(TestCampaigns.springFestival());
        county.units().save(new UnitDraft("340102001", "城关镇总工会", "李敏", "0558-2212345"));
        county.units().save(new UnitDraft("340102002", "东城街道工会", null, null));
        county.units().save(new UnitDraft("340102003", "西湖镇总工会", "赵强", "13905581234"));
        county.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", dir.resolve("市").toString()));
        vm = new ConsolidationViewModel(county.consolidation(), county.collecting(), county.consolidatedTables(),
                county.units(), county.handFilledTables(),
                county.reports(), county.paths().exportsDir(), TaskRunner.direct());
        vm.reload();
    }

    /** A township records one visit, exports its 送温暖统计表 and sends it to the U盘; returns the export. */
    private Path send(AppContext town, CampaignDraft campaign, String idNumber) throws Exception {
        long c = town.campaigns().save(campaign);
        long r = town.recipients().save(TestCampaigns.hardshipWorker(idNumber, "韩建国", HardshipType.DEEP,
                FileStatus.ACTIVE));
        town.visits().save(TestCampaigns.visit(r, c, LocalDate.of(2021, 1, 10), "1000"));
        town.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        Path file = town.paths().dataDir().resolve("送温暖统计表.xlsx");
        town.reports().submit(town.reports().export(ReportRequest.warmthStats(c), file, Progress.none()));
        assertThat(town.outboxWorker().runOnce()).singleElement().matches(o -> !o.failed(), "sent");
        return file;
    }

    @AfterEach
    void close() {
        county.close();
    }

    private ReportingStatus status(String code) {
        return vm.rows.stream().filter(r -> r.organizationCode().equals(code)).findFirst().orElseThrow()
                .cells().get(ReportKind.WARMTH_STATS).status();
    }

    @Test
    void collectMatchAddBuildAndSubmit() throws Exception {
        assertThat(vm.campaign.get().name()).isEqualTo("2021年元旦春节送温暖");
        assertThat(vm.rows).extracting(Completeness.Row::organizationCode)
                .containsExactly("340102001", "340102002", "340102003");
        assertThat(vm.summary.get()).isEqualTo("送温暖统计表：下级单位 3 个，已上报 0 个（其中已更正 0 个），未上报 3 个");

        vm.collectFolder(stick);
        assertThat(vm.status.get()).startsWith("收取完成：新收 2 份，已有 0 份，拒收 0 份");
        assertThat(status("340102001")).isEqualTo(ReportingStatus.REPORTED);
        assertThat(status("340102002")).isEqualTo(ReportingStatus.MISSING);
        assertThat(vm.unmatched).containsExactly("2021年两节送温暖活动");

        vm.matchUnmatched();
        assertThat(vm.unmatched).isEmpty();
        assertThat(status("340102002")).isEqualTo(ReportingStatus.REPORTED);
        assertThat(vm.summary.get()).isEqualTo("送温暖统计表：下级单位 3 个，已上报 2 个（其中已更正 0 个），未上报 1 个");

        vm.collectFolder(stick);
        assertThat(vm.status.get()).startsWith("收取完成：新收 0 份，已有 2 份");

        Path missing = dir.resolve("未上报.xlsx");
        vm.exportMissing(missing);
        assertThat(cells(missing)).contains("340102003", "西湖镇总工会", "赵强").doesNotContain("东城街道工会");

        vm.selectedRow.set(vm.rows.get(2));
        vm.addHandFilled(townSheet);
        assertThat(vm.error.get()).isEmpty();
        assertThat(status("340102003")).isEqualTo(ReportingStatus.REPORTED);
        assertThat(vm.history).hasSize(1);
        assertThat(vm.history.get(0).source().label()).isEqualTo("手工填报表");

        Path table = dir.resolve("县汇总.xlsx");
        vm.consolidate(table);
        assertThat(vm.lastTable.get()).isEqualTo(table);
        assertThat(cells(table)).contains("城关镇总工会", "东城街道工会", "西湖镇总工会", "合计");
        vm.submitTable();
        assertThat(county.outbox().list()).hasSize(1);
        assertThat(vm.lastTable.get()).as("sent once: 上报 again needs a new table").isNull();
        vm.submitTable();
        assertThat(county.outbox().list()).hasSize(1);

        vm.consolidate(table);
        vm.collectFolder(stick);
        assertThat(vm.lastTable.get()).as("what came in since makes the built table stale").isNull();
        assertThat(county.outbox().list().get(0).tableKind()).isEqualTo(ReportKind.WARMTH_STATS.code());
    }

    @Test
    void aHandFilledSheetWithoutAChosenUnitIsMatchedByItsName() {
        vm.addHandFilled(townSheet);
        assertThat(vm.error.get()).isEmpty();
        assertThat(status("340102001")).isEqualTo(ReportingStatus.REPORTED);
        vm.selectedRow.set(vm.rows.get(0));
        vm.openFile(path -> assertThat(path).exists());
        assertThat(vm.error.get()).isEmpty();
    }

    private static String cells(Path xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                r.forEach(c -> sb.append(f.formatCellValue(c)).append('|'));
            }
        }
        return sb.toString();
    }
}
