package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

import cn.warmledger.TestApp;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SubmissionRequest;

/** 设置 → 本单位 (issue 14, point 4): the first tab; a new name is kept; a new 单位代码 after a 上报 asks first. */
@ExtendWith(ApplicationExtension.class)
class OrgSettingsUiTest {
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("t" + System.nanoTime());
        app = TestApp.open(data);
        // one table already went upward (folder transport), so the county knows this unit by 340102001
        Path stick = Files.createDirectories(data.resolve("U盘"));
        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", "甲.xlsx", null, null, 2026, null,
                List.of(Files.writeString(data.resolve("甲.xlsx"), "甲")), Map.of(), null));
        app.outboxWorker().runOnce();
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void aCorrectedNameIsSavedAndShownAgain(FxRobot robot) throws Exception {
        openTab(robot);
        assertThat(robot.lookup("#orgPreparer").queryAs(TextField.class).getPromptText()).contains("张干事");
        assertThat(robot.lookup("#orgMinimumLiving").queryAs(TextField.class).getText()).isEqualTo("650.00");
        robot.clickOn("#orgName");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("城关镇工会联合会");
        robot.clickOn("#orgPhone").write("0551-62345678");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "已保存".equals(text(robot, "#orgResult")));
        assertThat(text(robot, "#orgError")).isEmpty();
        assertThat(app.settings().get("org.name")).hasValue("城关镇工会联合会");
        assertThat(app.settings().get("org.phone")).hasValue("0551-62345678");

        // away and back: the page reads what was stored
        robot.clickOn("#nav-home");
        openTab(robot);
        assertThat(robot.lookup("#orgName").queryAs(TextField.class).getText()).isEqualTo("城关镇工会联合会");
        assertThat(robot.lookup("#orgPhone").queryAs(TextField.class).getText()).isEqualTo("0551-62345678");
    }

    @Test
    void aNewCodeAfterASubmissionWasSentIsConfirmedFirst(FxRobot robot) throws Exception {
        assertThat(app.outbox().list()).extracting(s -> s.state()).containsExactly(SubmissionState.SENT);
        openTab(robot);
        robot.clickOn("#orgCode");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("340102009");
        robot.clickOn("#saveOrgSettings");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> dialogButton(robot, "取消") != null);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("340102001").contains("340102009").contains("上级");
        robot.clickOn(dialogButton(robot, "取消"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#orgResult").contains("未保存"));
        assertThat(app.settings().get("org.code")).hasValue("340102001");

        robot.clickOn("#saveOrgSettings");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> dialogButton(robot, "确定") != null);
        robot.clickOn(dialogButton(robot, "确定"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "已保存".equals(text(robot, "#orgResult")));
        assertThat(app.settings().get("org.code")).hasValue("340102009");
        assertThat(app.setup().self()).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("340102009"));
    }

    /** 设置 opens on 本单位, its first tab, once the stored values are shown. */
    private void openTab(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#orgName").tryQuery()
                .map(n -> n.isVisible() && !((TextField) n).getText().isEmpty()).orElse(false));
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").<Button>queryAll().stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && b.getScene() != null
                        && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }
}
