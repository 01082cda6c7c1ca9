package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;

/** The register's headings show a sort arrow only on the column the list is sorted by (issue 15 point 11). */
@ExtendWith(ApplicationExtension.class)
class RegisterSortArrowUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        long wang = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        long chen = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        long lu = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "陆芳"));
        long campaign = TestCampaigns.openCampaign(app);
        for (long who : new long[] {wang, chen, lu}) {
            app.visits().save(TestCampaigns.visit(who, campaign, java.time.LocalDate.now(), "500"));
        }
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void noArrowUntilSortedAndNoneAgainOnceUnsorted(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#recipientTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(arrows(robot)).isEmpty();

        robot.clickOn("#showFullNumbers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(TestIds.FEMALE_1985).tryQuery().isPresent());
        assertThat(arrows(robot)).isEmpty();

        Node heading = heading(robot, "身份证号");
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(arrows(robot)).containsExactly("身份证号");
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(arrows(robot)).containsExactly("身份证号");
        // the third click takes the sort off (JavaFX's cycle): the list is back in its own order, no arrow
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSortOrder()).isEmpty();
        assertThat(arrows(robot)).isEmpty();
    }

    @Test
    void aSortedVisitsListStaysSortedUnderItsArrowWhenItReloads(FxRobot robot) throws Exception {
        robot.clickOn("#nav-visits");
        TableView<VisitSummary> table = robot.lookup("#visitsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(arrows(robot)).isEmpty();
        Node heading = heading(robot, "身份证号");
        for (boolean descending : new boolean[] {false, true}) {
            robot.clickOn(heading);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(arrows(robot)).containsExactly("身份证号");
            // a reload brings the rows in the database's order: they are sorted again under the arrow
            robot.clickOn("#visitsSearch").write("3401");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
            robot.eraseText(4);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> ids = table.getItems().stream().map(VisitSummary::maskedIdNumber).toList();
            List<String> expected = new java.util.ArrayList<>(ids);
            expected.sort(descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
            assertThat(ids).as(descending ? "descending" : "ascending").isEqualTo(expected);
            assertThat(arrows(robot)).containsExactly("身份证号");
        }
    }

    private static Node heading(FxRobot robot, String text) {
        return robot.lookup(".column-header").queryAll().stream()
                .filter(h -> h.lookup(".label") instanceof Labeled l && text.equals(l.getText())).findFirst().orElseThrow();
    }

    /** The headings whose sort arrow a clerk can see. */
    private static List<String> arrows(FxRobot robot) {
        return robot.lookup(".column-header").queryAll().stream()
                .filter(h -> h.lookupAll(".arrow").stream().anyMatch(RegisterSortArrowUiTest::shown))
                .map(h -> ((Labeled) h.lookup(".label")).getText()).toList();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return n.getScene() != null && n.getLayoutBounds().getWidth() > 0;
    }
}
