package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ReceivedSummary;
import cn.warmledger.service.consolidation.UnitDraft;

/**
 * 汇总 clicked headless: two townships' submissions wait in the county's collect folder (one under another
 * campaign name); 收取, 匹配, the grid, a unit's submissions, 生成汇总表 and 上报汇总表.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolidationUiTest {
    @TempDir
    static Path dir;
    AppContext county;
    ShownWindow ui;

    /** The townships send once, before the window: @Start runs under TestFX's setup timeout. */
    @BeforeAll
    static void townshipsSend() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("U盘"));
        try (AppContext town = TestApp.open(dir.resolve("town-a"))) {
            send(town, TestCampaigns.springFestival(), TestIds.MALE_1980, stick);
        }
        try (AppContext town = AppContext.open(new AppPaths(dir.resolve("town-b")))) {
            town.setup().complete(new SetupService.Setup("东城街道工会", "340102002", "某某县总工会", "王干事",
                    new BigDecimal("650")));
            send(town, new CampaignDraft(null, "2021年两节送温暖活动", CampaignKind.WARMTH, LocalDate.of(2020, 12, 20),
                    LocalDate.of(2021, 2, 26), null, null, TestCampaigns.STANDARDS), TestIds.FEMALE_1985, stick);
        }
        try (AppContext county = AppContext.open(new AppPaths(dir.resolve("county")))) {
            county.setup().complete(new SetupService.Setup("某某县总工会", "341200", "某某市总工会", "县干事",
                    new BigDecimal("650")));
            county.campaigns().save(TestCampaigns.springFestival());
            county.units().save(new UnitDraft("340102001", "城关镇总工会", null, null));
            county.units().save(new UnitDraft("340102002", "东城街道工会", null, null));
            county.units().save(new UnitDraft("340102003", "西湖镇总工会", null, null));
            county.settings().setAll(Map.of("collect.source", "folder", "collect.folder.path", stick.toString(),
                    "sync.transport", "folder", "sync.folder.path", dir.resolve("市").toString()));
        }
    }

    private static void send(AppContext town, CampaignDraft campaign, String idNumber, Path stick) {
        long c = town.campaigns().save(campaign);
        long r = town.recipients().save(TestCampaigns.hardshipWorker(idNumber, "韩建国", HardshipType.DEEP,
                FileStatus.ACTIVE));
        town.visits().save(TestCampaigns.visit(r, c, LocalDate.of(2021, 1, 10), "1000"));
        town.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        Path file = town.paths().dataDir().resolve("送温暖统计表.xlsx");
        town.reports().submit(town.reports().export(ReportRequest.warmthStats(c), file, Progress.none()));
        town.outboxWorker().runOnce();
    }

    @Start
    void start(Stage stage) {
        county = AppContext.open(new AppPaths(dir.resolve("county")));
        ui = ShownWindow.show(stage, county);
    }

    @AfterEach
    void close() {
        ui.close();
        county.close();
    }

    @Test
    void collectMatchLookBuildAndSubmit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consolidation");
        TableView<Completeness.Row> grid = robot.lookup("#completenessGrid").queryTableView();
        Label summary = robot.lookup("#consolidationSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains("未上报 3 个"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getItems()).hasSize(3);
        assertThat(summary.getText()).contains("已上报 0 个");

        robot.clickOn("#collectNow");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("已上报 1 个"));
        assertThat(robot.lookup("#consolidationStatus").queryAs(Label.class).getText()).contains("新收 2 份");
        assertThat(robot.lookup("#unmatchedNames").queryComboBox().getValue()).isEqualTo("2021年两节送温暖活动");

        robot.clickOn("#matchCampaign");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains("已上报 2 个"));
        assertThat(robot.lookup("#unmatchedNames").query().getParent().isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".reporting-missing").queryAll()).isNotEmpty();

        robot.clickOn("东城街道工会");
        TableView<ReceivedSummary> history = robot.lookup("#receivedHistory").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).effective()).isTrue();

        robot.clickOn("#buildConsolidated");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#consolidationStatus").queryAs(Label.class).getText().startsWith("已生成"));
        Path table = county.paths().exportsDir().resolve("送温暖统计表_2021年元旦春节送温暖_汇总.xlsx");
        assertThat(table).exists();

        robot.clickOn("#submitConsolidated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> county.outbox().list().size() == 1);
        assertThat(robot.lookup("#consolidationError").queryAs(Label.class).getText()).isEmpty();
    }
}
