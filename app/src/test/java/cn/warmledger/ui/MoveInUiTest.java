package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
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
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.demo.DemoDataService;
import cn.warmledger.testing.PostgresCluster;

/**
 * 设置 → 数据库 → 迁移到单位服务器… (issue 18 point 5), clicked headless at 1366×768 on the real test cluster: the demo
 * folder is moved into an empty server database and the comparison listed; the same, now non-empty, database is
 * refused in Chinese; a window already on the server offers no move.
 */
@ExtendWith(ApplicationExtension.class)
class MoveInUiTest {
    @TempDir
    Path dir;
    Stage stage;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theMoveIsOpenedFromSettingsDatabaseCopiesTheFolderAndRefusesANonEmptyTarget(FxRobot robot) throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("ui_move");
        app = new DemoDataService(new AppPaths(dir.resolve("warmledger"))).open();
        robot.interact(() -> ui = ShownWindow.show(stage, app, 1366, 768));
        robot.clickOn("#nav-settings");
        robot.clickOn("#tabDatabase");
        assertThat(robot.lookup("#openMoveIn").tryQuery()).isPresent();

        robot.clickOn("#openMoveIn");
        robot.clickOn("#moveAddress").write(target.toString());
        robot.clickOn("#movePassword").write(new String(cluster.password()));
        robot.clickOn("#startMove");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> text(robot, "#moveStatus").startsWith("迁移完成"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> lines = robot.lookup("#moveResult").queryListView();
        assertThat(lines.getItems()).contains("慰问记录：行数 本机 6，服务器 6，一致").noneMatch(l -> l.contains("不一致"));
        assertThat(text(robot, "#moveError")).isEmpty();
        try (AppContext server = AppContext.openServer(new AppPaths(dir.resolve("pc2")), target, cluster.password())) {
            assertThat(server.tableCounts().entrySet()).filteredOn(e -> e.getKey().equalsIgnoreCase("visit"))
                    .singleElement().satisfies(e -> assertThat(e.getValue()).isEqualTo(6));
        }

        // the same database a second time: it holds data now, and is refused without a line copied
        assertThat(robot.lookup("#movePassword").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();
        robot.clickOn("#movePassword").write(new String(cluster.password()));
        robot.clickOn("#startMove");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#moveError").contains("目标数据库不是空的"));
        assertThat(text(robot, "#moveError")).contains("慰问对象").doesNotContainPattern("[A-Za-z]{5,}");
        assertThat(lines.getItems()).isEmpty();
        robot.clickOn("#closeMove");
    }

    @Test
    void aWindowOnTheServerOffersNoMove(FxRobot robot) throws Exception {
        app = TestApp.openOnServer(dir.resolve("pc"));
        robot.interact(() -> ui = ShownWindow.show(stage, app, 1366, 768));
        robot.clickOn("#nav-settings");
        robot.clickOn("#tabDatabase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dbServer").tryQuery()).isPresent();
        assertThat(robot.lookup("#openMoveIn").tryQuery()).isEmpty();
    }
}
