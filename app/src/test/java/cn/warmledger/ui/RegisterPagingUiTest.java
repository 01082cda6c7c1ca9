package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.recipients.RecipientsViewModel;
import cn.warmledger.ui.recipients.RegisterPagingTest;

/** The paged register as the clerk uses it: the true count, scrolling to the very last row, sort and selection. */
@ExtendWith(ApplicationExtension.class)
class RegisterPagingUiTest {
    static final int PEOPLE = RegisterPagingTest.PEOPLE;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        app.recipients().saveAll(RegisterPagingTest.people(PEOPLE), i -> { });
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void scrollingReachesTheLastRowAndTheCountIsTheWholeRegisters(FxRobot robot) throws Exception {
        waitFor(robot, () -> table(robot).getItems().size() == RecipientsViewModel.PAGE);
        assertThat(count(robot)).isEqualTo("共 450 人");
        scrollToTheEnd(robot);
        TableView<RecipientSummary> table = table(robot);
        assertThat(table.getItems()).hasSize(PEOPLE);
        assertThat(table.getItems().get(PEOPLE - 1).name()).isEqualTo("甲000");
        robot.interact(() -> table.getSelectionModel().select(PEOPLE - 1));
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("甲000");
        assertThat(count(robot)).isEqualTo("共 450 人");
    }

    @Test
    void clickingAHeadingSortsTheWholeRegisterAndTypingFiltersIt(FxRobot robot) throws Exception {
        waitFor(robot, () -> table(robot).getItems().size() == RecipientsViewModel.PAGE);
        robot.clickOn("姓名");
        waitFor(robot, () -> table(robot).getItems().get(0).name().equals("甲000"));
        scrollToTheEnd(robot);
        List<String> names = table(robot).getItems().stream().map(RecipientSummary::name).toList();
        assertThat(names).hasSize(PEOPLE).isSorted().endsWith("甲449");

        robot.clickOn("#recipientSearch").write("县环卫");
        waitFor(robot, () -> count(robot).equals("共 225 人"));
        assertThat(table(robot).getItems()).hasSize(RecipientsViewModel.PAGE)
                .allMatch(r -> r.employer().equals("县环卫所"));
        assertThat(table(robot).getItems().get(0).name()).as("still sorted by name").isEqualTo("甲000");
        scrollToTheEnd(robot);
        assertThat(table(robot).getItems()).hasSize(225);
    }

    /** Scrolls to the last loaded row, page after page, as a clerk dragging the scroll bar down would. */
    private static void scrollToTheEnd(FxRobot robot) throws Exception {
        TableView<RecipientSummary> table = table(robot);
        while (table.getItems().size() < expected(robot)) {
            int before = table.getItems().size();
            robot.interact(() -> table.scrollTo(before - 1));
            waitFor(robot, () -> table.getItems().size() > before);
        }
    }

    private static int expected(FxRobot robot) {
        return Integer.parseInt(count(robot).replaceAll("\\D", ""));
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#recipientCount").queryAs(Label.class).getText();
    }

    private static TableView<RecipientSummary> table(FxRobot robot) {
        return robot.lookup("#recipientTable").queryTableView();
    }

    private static void waitFor(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
