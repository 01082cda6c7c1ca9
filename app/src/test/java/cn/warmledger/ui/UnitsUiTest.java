package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import cn.warmledger.domain.Organization;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.consolidation.UnitDraft;

/** 设置 → 下级单位, clicked headless: a unit typed in is listed and stored; choosing a row edits it. */
@ExtendWith(ApplicationExtension.class)
class UnitsUiTest {
    @TempDir
    Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir);
        app.units().save(new UnitDraft("341201", "城关镇总工会", "李敏", null));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void addsAUnitAndEditsTheChosenOne(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("下级单位");
        TableView<Organization> table = robot.lookup("#unitsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("#unitCode").write("341202");
        // headless typing of CJK goes astray; the name is put in as an input method would
        robot.interact(() -> robot.lookup("#unitName").queryAs(TextField.class).setText("东城街道工会"));
        robot.clickOn("#unitPhone").write("13905581234");
        robot.clickOn("#saveUnit");
        Label status = robot.lookup("#unitsStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "共 2 个下级单位".equals(status.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
        assertThat(app.units().find("341202").orElseThrow().phone()).isEqualTo("13905581234");
        assertThat(robot.lookup("#unitCode").queryAs(TextField.class).getText()).isEmpty();

        robot.clickOn("城关镇总工会");
        assertThat(robot.lookup("#unitCode").queryAs(TextField.class).getText()).isEqualTo("341201");
        robot.doubleClickOn("#unitPhone").write("05582212345");
        robot.clickOn("#saveUnit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "05582212345".equals(app.units().find("341201").orElseThrow().phone()));
        assertThat(app.units().find("341201").orElseThrow().contact()).isEqualTo("李敏");

        robot.clickOn("#unitCode").write("34 1");
        robot.clickOn("#saveUnit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#unitsError").queryAs(Label.class).getText().startsWith("单位代码："));
        assertThat(app.units().list()).hasSize(2);
    }
}
