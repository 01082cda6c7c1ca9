package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import cn.warmledger.service.app.AppContext;
import cn.warmledger.testing.PostgresCluster;

/**
 * The window on the office's server when the server goes away (issue 18 point 4; docs/decisions/18-6), on the real
 * test cluster: the status bar says 服务器连接中断 with the next try as soon as a screen's read fails, the empty list says
 * 服务器连接中断 rather than look empty, and when the server answers the bar says 已连接单位服务器 and the list is read again.
 */
@ExtendWith(ApplicationExtension.class)
class ServerLostUiTest {
    static final long WAIT = 60;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.openOnServer(dir.resolve("lost" + System.nanoTime()));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void theStatusBarAndAnEmptyListSayTheServerIsGoneAndRecoverWithIt(FxRobot robot) throws Exception {
        assertThat(status(robot)).isEqualTo("已连接单位服务器");
        PostgresCluster cluster = PostgresCluster.get();
        cluster.stop();
        try {
            robot.clickOn("#nav-visits"); // its list is read from the server: that read fails
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> status(robot).startsWith("服务器连接中断"));
            assertThat(status(robot)).matches("服务器连接中断，正在重试……（下次 \\d\\d:\\d\\d:\\d\\d）.*");
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> placeholder(robot).contains("服务器连接中断"));
            assertThat(placeholder(robot)).contains("不是没有数据");
            assertThat(robot.lookup("#serverLostBanner").queryAs(Label.class).getText()).startsWith("服务器连接中断");
        } finally {
            cluster.restart();
        }
        app.serverLink().checkNow(); // what the link's own timer does a few seconds later

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> status(robot).equals("已连接单位服务器"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !placeholder(robot).contains("服务器连接中断"));
        assertThat(robot.lookup("#serverLostBanner").tryQuery()).isEmpty();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#serverStatus").queryAs(Label.class).getText();
    }

    /** The placeholder texts of the screen's tables, joined. */
    private static String placeholder(FxRobot robot) {
        return robot.lookup(".table-view").queryAll().stream().map(t -> ((TableView<?>) t).getPlaceholder())
                .filter(Label.class::isInstance).map(p -> ((Label) p).getText())
                .reduce("", (a, b) -> a.isEmpty() ? b : a + "|" + b);
    }
}
