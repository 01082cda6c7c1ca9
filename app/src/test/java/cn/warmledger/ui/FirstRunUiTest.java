package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/** A fresh data folder asks for 本单位, 上级单位, the operator and the 低保标准 before anything else. */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = AppContext.open(new AppPaths(dir.resolve("fresh" + System.nanoTime())));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void firstRunRefusesAMissingFieldThenSavesAndOpensTheRegister(FxRobot robot) throws Exception {
        assertThat(app.setup().isSetUp()).isFalse();
        // 上报方式 is an optional, folded step of the same page: the sync settings view itself
        javafx.scene.control.TitledPane sync = robot.lookup("#setupSync").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(sync.isExpanded()).isFalse();
        assertThat(sync.getText()).contains("上报方式").contains("可选");
        assertThat(robot.lookup("#setupSync #syncTransport").tryQuery()).isPresent();
        robot.clickOn("#setupOrgName").write("城关镇总工会");
        robot.clickOn("#setupMinimumLiving").write("-1");
        robot.clickOn("#setupStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setupError").queryAs(Label.class).getText()).contains("低保标准").contains("负数");
        robot.doubleClickOn("#setupMinimumLiving").eraseText(2).write("650");
        robot.clickOn("#setupStart");
        // refused by the service, off the FX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> String.valueOf(robot.lookup("#setupError")
                .queryAs(Label.class).getText()).contains("单位代码"));
        assertThat(robot.lookup("#setupError").queryAs(Label.class).getText()).contains("单位代码").contains("必填");
        assertThat(app.setup().isSetUp()).isFalse();

        robot.clickOn("#setupOrgCode").write("340102001");
        robot.clickOn("#setupParentName").write("某某县总工会");
        robot.clickOn("#setupOperator").write("张干事");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());

        assertThat(app.setup().isSetUp()).isTrue();
        assertThat(app.setup().self()).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("340102001"));
        assertThat(app.setup().minimumLivingStandard()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("650"));
        assertThat(app.operator().name()).isEqualTo("张干事");
    }
}
