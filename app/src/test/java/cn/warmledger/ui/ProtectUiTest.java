package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

/** Masking in the register, the logged 显示完整号码, and the read-only 操作日志 screen, headless. */
@ExtendWith(ApplicationExtension.class)
class ProtectUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()), DatabasePassword.of("Ui-Test-Secret-1"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void numbersAreMaskedUntilShownInFullAndShowingThemIsLogged(FxRobot robot) throws Exception {
        TableView<RecipientSummary> table = robot.lookup("#recipientTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("340102********2347").tryQuery()).isPresent();
        assertThat(robot.lookup("139****2345").tryQuery()).isPresent();
        assertThat(robot.lookup(TestIds.FEMALE_1985).tryQuery()).isEmpty();

        robot.clickOn("#showFullNumbers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(TestIds.FEMALE_1985).tryQuery().isPresent());
        assertThat(robot.lookup("13905512345").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.audit().list(AuditQuery.all()).stream()
                .anyMatch(e -> e.action() == AuditAction.SHOW_FULL));
        AuditEntry shown = app.audit().list(AuditQuery.all()).get(0);
        assertThat(shown.operator()).isEqualTo("张干事");
        assertThat(shown.summary()).contains("1 行");
    }

    @Test
    void theAuditLogScreenListsChangesWithFiltersAndDetailButNoWayToEdit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit_log");
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        // first run's settings and the recipient
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() > 1);
        // (clicking the text 慰问对象 could hit the navigation button of the same name)
        robot.interact(() -> robot.lookup("#auditEntity").<String>queryComboBox().setValue("recipient"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).action()).isEqualTo(AuditAction.INSERT);
        assertThat(robot.lookup("新增").tryQuery()).isPresent();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#auditDetail").queryAs(TextArea.class).getText()).contains("修改后").contains("汪惠珍");
        assertThat(robot.lookup("#auditDetail").queryAs(TextArea.class).isEditable()).isFalse();
        assertThat(table.isEditable()).isFalse();
        assertThat(robot.lookup(".button").queryAllAs(Button.class))
                .noneMatch(b -> b.getText().contains("删除") || b.getText().contains("修改"));

        robot.interact(() -> robot.lookup("#auditAction").<AuditAction>queryComboBox().setValue(AuditAction.DELETE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(robot.lookup("#auditCount").queryLabeled().getText()).isEqualTo("共 0 条");
    }
}
