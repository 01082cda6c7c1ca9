package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
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
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.shell.Section;

/** The 首页 on a real H2 file: coverage, money by source, and the not-yet-visited list one click away. */
@ExtendWith(ApplicationExtension.class)
class HomeUiTest {
    /** Seconds to wait for background work: generous, the build machine is shared. */
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        long campaign = TestCampaigns.openCampaign(app);
        long a = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.FEMALE_1975, "周敏", HardshipType.RELATIVE,
                FileStatus.ACTIVE));
        app.visits().save(TestCampaigns.visit(a, campaign, LocalDate.now(), "1000"));
        app.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("5000"), null, null);
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void theHomePageShowsCoverageMoneyAndWhoIsNotVisitedYet(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.main().show(Section.HOME));
        // the pending count is the last figure set: once it shows, all of them do
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> !robot.lookup("#homePending").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#homeCoverage").queryAs(Label.class).getText()).isEqualTo("1 / 2 户（50%）");
        assertThat(robot.lookup("#homeMoney").queryAs(Label.class).getText())
                .isEqualTo("已用 1120.00 元 / 筹集 5000.00 元");
        assertThat(robot.lookup("#homePending").queryAs(Label.class).getText()).isEqualTo("0 份");
        PieChart pie = robot.lookup("#coverageChart").queryAs(PieChart.class);
        assertThat(pie.getData()).extracting(PieChart.Data::getPieValue).containsExactly(1.0, 1.0);
        @SuppressWarnings("unchecked")
        BarChart<String, Number> money = robot.lookup("#moneyChart").queryAs(BarChart.class);
        assertThat(money.getData()).hasSize(2);
        assertThat(money.getData().get(0).getData()).anySatisfy(d -> {
            assertThat(d.getXValue()).isEqualTo("县(区)总");
            assertThat(((BigDecimal) d.getYValue())).isEqualByComparingTo("5000");
        });

        robot.clickOn("#showNotVisited");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#notVisitedTable").tryQuery().isPresent());
        assertThat(robot.lookup("#notVisitedTable").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("周敏").tryQuery()).isPresent();
    }
}
