package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.SharedDatabase;
import cn.warmledger.TestApp;
import cn.warmledger.TestEdits;
import cn.warmledger.TestIds;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

/**
 * Two clerks on one database (two AppContexts on the same H2 file): 李四 has the window, 张三 saves from his PC
 * meanwhile. The clerk's 保存 over his change shows who and when and keeps what she typed; F5 shows his new row.
 */
@ExtendWith(ApplicationExtension.class)
class SharedEditUiTest {
    @TempDir
    static Path dir;
    SharedDatabase db;
    AppContext other;
    ShownWindow ui;
    long wang;

    @Start
    void start(Stage stage) {
        db = SharedDatabase.open(dir.resolve("t" + System.nanoTime()));
        AppContext app = db.clerk("李四");
        other = db.clerk("张三");
        wang = other.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        other.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        ui = ShownWindow.show(stage, app, 1366, 768);
    }

    @AfterEach
    void close() {
        ui.close();
        db.close();
    }

    @Test
    void savingOverAnotherClerksChangeShowsWhoAndWhenAndKeepsWhatSheTyped(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        robot.clickOn("汪惠珍");
        robot.clickOn("#editRecipient");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#phone").tryQuery().isPresent()
                && "13905512345".equals(robot.lookup("#phone").queryAs(TextField.class).getText()));
        robot.doubleClickOn("#phone").eraseText(11).write("13905510002");
        robot.clickOn("#address").write("城关镇幸福路 18 号");

        // meanwhile 张三 changes her phone on his PC
        other.recipients().save(TestEdits.recipient(other.recipients().details(wang).orElseThrow(), "13905510001",
                "张三改的"));

        robot.clickOn("#saveRecipient");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#formError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText())
                .matches("已被 张三 于 \\d\\d:\\d\\d 修改，请刷新后再改");
        // the form is still open with everything she typed
        assertThat(robot.lookup("#phone").queryAs(TextField.class).getText()).isEqualTo("13905510002");
        assertThat(robot.lookup("#address").queryAs(TextField.class).getText()).isEqualTo("城关镇幸福路 18 号");
        // and nothing of hers overwrote his change
        var stored = other.recipients().details(wang).orElseThrow().recipient();
        assertThat(stored.phone()).isEqualTo("13905510001");
        assertThat(stored.address()).isNull();
        ScreenShots.saveIfAsked(robot, "shared-edit-conflict");
    }

    @Test
    void f5ShowsARowAnotherClerkAddedAndKeepsTheSelection(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        robot.clickOn("陈陆");
        other.recipients().save(TestApp.modelWorker(TestIds.MALE_1990, "韩梅"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(table(robot).getItems()).hasSize(2); // nothing shows by itself

        robot.push(KeyCode.F5);
        waitForRows(robot, 3);
        assertThat(table(robot).getItems()).extracting(RecipientSummary::name).contains("韩梅");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null);
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("陈陆");
        assertThat(robot.lookup("#recipientCount").queryAs(Label.class).getText()).isEqualTo("共 3 人");
    }

    private static TableView<RecipientSummary> table(FxRobot robot) {
        return robot.lookup("#recipientTable").queryTableView();
    }

    private static void waitForRows(FxRobot robot, int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == n);
    }
}
