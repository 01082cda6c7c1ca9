package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.VisitDraft;

/** 操作日志 on screen: an edited visit reads as who and what changed, the stored record only behind 详细. */
@ExtendWith(ApplicationExtension.class)
class AuditLogUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        long campaign = app.campaigns().save(TestCampaigns.springFestival());
        long person = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        LocalDate on = LocalDate.of(2021, 1, 10);
        long visit = app.visits().save(TestCampaigns.visit(person, campaign, on, "1000")).id();
        VisitDraft d = TestCampaigns.visit(person, campaign, on, "900");
        app.visits().save(new VisitDraft(visit, person, campaign, on, VisitForm.PHONE_CALL, d.visitors(),
                new BigDecimal("900"), d.goods(), d.goodsValue(), d.fundSource(), d.assistanceKind(), d.signed(),
                null, null));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void anEntryShowsItsChangedFieldsAndTheRawRecordOnlyBehindDetail(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit_log");
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() > 3);
        // newest first: the edited visit, named by the person and the campaign (cells drawn a pulse after the items)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("韩雷（340102********1231） · 2021年元旦春节送温暖").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("修改了慰问形式、慰问金").tryQuery().isPresent());
        robot.clickOn("修改了慰问形式、慰问金");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> changes = robot.lookup("#auditChanges").queryTableView();
        assertThat(changes.getItems()).hasSize(2);
        assertThat(changes.getColumns()).extracting(c -> c.getText()).containsExactly("字段", "修改前", "修改后");
        // the rows' cells are drawn on a later pulse: on a busy machine after waitForFxEvents
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(changes).lookup("900.00").tryQuery().isPresent());
        for (String shown : new String[] {"慰问形式", "上门走访", "电话慰问", "慰问金", "1000.00", "900.00"}) {
            assertThat(robot.from(changes).lookup(shown).tryQuery()).as(shown).isPresent();
        }
        TextArea raw = robot.lookup("#auditDetail").queryAs(TextArea.class);
        assertThat(raw.isVisible()).isFalse();
        assertThat(robot.lookup("HOME_VISIT").tryQuery()).isEmpty();

        robot.clickOn("#auditRawToggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, raw::isVisible);
        assertThat(raw.getText()).contains("\"form\":\"HOME_VISIT\"").contains("\"form\":\"PHONE_CALL\"");
        assertThat(robot.lookup("#auditRawToggle").queryAs(ToggleButton.class).getText()).isEqualTo("详细");
        robot.clickOn("#auditRawToggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !raw.isVisible());
    }
}
