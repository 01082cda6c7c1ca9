package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
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
import cn.warmledger.service.app.AppContext;

/** 首页 of a folder with no 活动 yet (issue 14, point 6): a clear hint instead of a crash and empty charts. */
@ExtendWith(ApplicationExtension.class)
class HomeEmptyUiTest {
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void withoutACampaignTheHomePageSaysToCreateOne(FxRobot robot) throws Exception {
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#homeEmpty").tryQuery()
                .map(n -> n.isVisible() && !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#homeEmpty").queryAs(Label.class).getText()).contains("还没有活动").contains("新建");
        assertThat(shown(robot.lookup("#coverageChart").query())).isFalse();
        assertThat(shown(robot.lookup("#homeCoverage").query())).isFalse();
        assertThat(shown(robot.lookup("#homeEmpty").query())).isTrue();
        assertThat(robot.lookup("#homeError").queryAs(Label.class).getText()).isEmpty();
    }

    /** Visible with every parent, i.e. on screen. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
