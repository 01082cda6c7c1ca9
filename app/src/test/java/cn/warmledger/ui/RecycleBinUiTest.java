package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import cn.warmledger.TestIds;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

/** Delete moves a recipient to the 回收站; restore brings it back. */
@ExtendWith(ApplicationExtension.class)
class RecycleBinUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("bin" + System.nanoTime()));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void deleteGoesToTheRecycleBinAndRestoreBringsItBack(FxRobot robot) throws Exception {
        waitFor(robot, 2);
        robot.clickOn("陈陆");
        robot.clickOn("#deleteRecipient");
        robot.clickOn("确定");
        waitFor(robot, 1);
        assertThat(table(robot).getItems()).extracting(RecipientSummary::name).containsExactly("汪惠珍");

        robot.clickOn("#nav-recycle_bin");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restoreRecipient").tryQuery().isPresent());
        waitFor(robot, 1);
        robot.clickOn("陈陆");
        robot.clickOn("#restoreRecipient");
        waitFor(robot, 0);
        assertThat(app.recipients().count()).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static TableView<RecipientSummary> table(FxRobot robot) {
        return (TableView<RecipientSummary>) robot.lookup("#recipientTable").match(n -> n.isVisible() && n.getScene() != null)
                .queryAll().stream().filter(n -> n.isVisible()).reduce((a, b) -> b).orElseThrow();
    }

    private static void waitFor(FxRobot robot, int rows) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == rows);
    }
}
