package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
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

import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.AppContext;
import cn.warmledger.service.AppPaths;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;

/** A fresh install's first-run page: 试用演示数据 opens the filled demo folder, real data stays empty. */
@ExtendWith(ApplicationExtension.class)
class FirstRunDemoUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    AppWindow window;
    BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        app = AppContext.open(new AppPaths(dir.resolve("fresh" + System.nanoTime())));
        tasks = new BackgroundTasks();
        Dialogs dialogs = new Dialogs();
        dialogs.setOwner(stage);
        Theme.applyUserAgent();
        window = new AppWindow(app, tasks, dialogs);
        Scene scene = new Scene(window.root(), 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        window.close();
        app.close();
    }

    @Test
    void theDemoButtonOpensTheRegisterOnDemoDataWithoutSettingUpTheRealFolder(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#setupOrgName").tryQuery()).isPresent();
        assertThat(robot.lookup("#demoIntro").queryAs(Label.class).getText()).contains("演示");

        robot.clickOn("#setupDemo");

        int expected = app.demoData().recipientCount();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent()
                && robot.lookup("#recipientTable").queryTableView().getItems().size() == expected);
        TableView<RecipientSummary> table = robot.lookup("#recipientTable").queryTableView();
        assertThat(table.getItems()).extracting(RecipientSummary::name).contains("韩雷", "赵春梅");
        assertThat(((Label) window.main().statusLabel()).getText()).contains("演示数据").contains("-demo");
        assertThat(app.setup().isSetUp()).isFalse();
        assertThat(app.recipients().count()).isZero();
    }
}
