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

import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.demo.DemoDataService;

/** A fresh install's first-run page: 试用演示数据 opens the filled demo folder, real data stays empty. */
@ExtendWith(ApplicationExtension.class)
class FirstRunDemoUiTest {
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
    void theDemoButtonOpensTheRegisterOnDemoDataWithoutSettingUpTheRealFolder(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#setupOrgName").tryQuery()).isPresent();
        assertThat(robot.lookup("#demoIntro").queryAs(Label.class).getText()).contains("演示");

        robot.clickOn("#setupDemo");

        int expected = new DemoDataService(app.paths()).recipientCount();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent()
                && robot.lookup("#recipientTable").queryTableView().getItems().size() == expected);
        TableView<RecipientSummary> table = robot.lookup("#recipientTable").queryTableView();
        assertThat(table.getItems()).extracting(RecipientSummary::name).contains("韩雷", "赵春梅");
        assertThat(((Label) ui.window.main().statusLabel()).getText()).contains("演示数据").contains("-demo");
        assertThat(app.setup().isSetUp()).isFalse();
        assertThat(app.recipients().count()).isZero();
    }
}
