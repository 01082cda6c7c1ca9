package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import cn.warmledger.domain.Submission;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/**
 * Issue 14.7, clicked: 上报 without a 上报方式 warns at once and offers 设置 → 上报方式; the 上报 screen's row says
 * 未设置上报方式 and 立即发送 says what is missing, not 失败.
 */
@ExtendWith(ApplicationExtension.class)
class UploadNotSetUpUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("t" + System.nanoTime());
        TestApp.open(data).close();
        ReportFixture.load(data);
        app = TestApp.open(data);
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void submittingWithoutAnUploadWayWarnsAndTheOutboxRowSaysSo(FxRobot robot) throws Exception {
        assertThat(app.outbox().setupProblem()).isPresent();
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#reportCampaign").queryComboBox().getValue() != null);
        Node warning = robot.lookup("#reportUploadWarning").query();
        assertThat(warning.getParent().isVisible()).isFalse();
        robot.clickOn("#reportExport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#reportSubmit").queryButton().isDisabled());
        robot.clickOn("#reportSubmit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> warning.getParent().isVisible());
        assertThat(((Label) warning).getText()).isEqualTo("还未设置上报方式：文件已放入待上报，设置后会自动发送");
        assertThat(app.outbox().outstanding()).isEqualTo(1);

        robot.clickOn("#reportOpenUploadSettings");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tabSync");
        assertThat(robot.lookup("#syncTransport").query().isVisible()).isTrue();

        robot.clickOn("#nav-outbox");
        TableView<Submission> table = robot.lookup("#outboxTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).contains("未设置上报方式", "未设置上报方式：请到 设置 → 上报方式 填写");
        robot.clickOn("#sendNow");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#outboxMessage").queryAs(Label.class)
                .getText().equals("正在发送……"));
        assertThat(robot.lookup("#outboxMessage").queryAs(Label.class).getText())
                .isEqualTo("还未设置上报方式：1 份待上报，设置后会自动发送");
        assertThat(robot.lookup("#outboxError").queryAs(Label.class).getText()).isEmpty();
    }
}
