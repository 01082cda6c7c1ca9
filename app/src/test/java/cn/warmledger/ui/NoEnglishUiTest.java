package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.service.common.AppPaths;

/**
 * Issue 15, point 5: no English in the window. A new data folder from the sign-in page on: sign-in, first run
 * (with its folded 上报方式), 试用演示数据, then every section of the navigation, every settings tab with each
 * choice of 上报方式 and 收取方式, and the main dialogs (慰问对象 form with its 档案 part, import wizard, 登记慰问,
 * 集中慰问, 活动, 企业); each is scanned by {@link EnglishScan} and the words found are listed.
 */
@ExtendWith(ApplicationExtension.class)
class NoEnglishUiTest {
    static final long WAIT = 60;
    @TempDir
    static Path dir;
    ShownWindow ui;
    final Set<String> found = new LinkedHashSet<>();

    @Start
    void start(Stage stage) {
        ui = ShownWindow.signIn(stage, new AppPaths(dir.resolve("data" + System.nanoTime())), 1366, 768);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void noScreenOrMainDialogShowsAnEnglishWord(FxRobot robot) throws Exception {
        await(robot, "#signInOperator");
        scan("sign-in");
        robot.clickOn("#signInOperator").write("张干事");
        robot.clickOn("#signInPassword").write("Wenuan-2026x");
        robot.clickOn("#signInConfirm").write("Wenuan-2026x");
        robot.clickOn("#signInSubmit");
        await(robot, "#setupOrgName");
        robot.interact(() -> robot.lookup("#setupSync").queryAs(TitledPane.class).setExpanded(true));
        scanChoices(robot, "first run", "#syncTransport");
        robot.clickOn("#setupDemo");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows(robot, "#recipientTable") > 0);

        section(robot, "home", null);
        section(robot, "recipients", "#recipientTable");
        dialog(robot, "addRecipient", "#saveRecipient");
        robot.interact(() -> robot.lookup("#recipientTable").queryTableView().getSelectionModel().select(0));
        dialog(robot, "editRecipient", "#saveRecipient");
        dialog(robot, "importRecipients", "#chooseImportFile");
        section(robot, "recycle_bin", "#recipientSearch");
        section(robot, "visits", "#recordVisit");
        dialog(robot, "recordVisit", "#saveVisit");
        dialog(robot, "batchVisits", "#batchCandidates");
        dialog(robot, "importVisits", "#chooseImportFile");
        section(robot, "campaigns", "#campaignsTable");
        dialog(robot, "addCampaign", "#saveCampaign");
        section(robot, "enterprises", "#enterprisesTable");
        dialog(robot, "addEnterprise", "#saveEnterprise");
        section(robot, "reports", "#reportPreviewButton");
        robot.clickOn("#reportPreviewButton");
        await(robot, "#reportPreviewInfo");
        scan("reports preview");
        section(robot, "outbox", "#sendNow");
        section(robot, "consolidation", "#collectNow");
        section(robot, "settings", "#settingsTabs");
        for (String tab : List.of("tabOrg", "tabSync", "tabUnits", "tabCollect")) {
            robot.interact(() -> {
                TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
                tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(tabs.getSelectionModel()::select);
            });
            WaitForAsyncUtils.waitForFxEvents();
            scan("settings " + tab);
        }
        scanChoices(robot, "settings 收取方式", "#collectSource");
        robot.interact(() -> robot.lookup("#settingsTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        scanChoices(robot, "settings 上报方式", "#syncTransport");
        section(robot, "audit_log", "#auditTable");
        section(robot, "data_safety", "#safetyBackupNow");

        assertThat(found).as("English words on screen").isEmpty();
    }

    /** The 上报方式 choices are Chinese, 暂不上报 the last. */
    @Test
    void theTransportChoicesAreChineseAndNotUploadingIsOne(FxRobot robot) throws Exception {
        await(robot, "#signInOperator");
        robot.clickOn("#signInOperator").write("张干事");
        robot.clickOn("#signInPassword").write("Wenuan-2026x");
        robot.clickOn("#signInConfirm").write("Wenuan-2026x");
        robot.clickOn("#signInSubmit");
        await(robot, "#setupOrgName");
        ComboBox<Object> kind = robot.lookup("#syncTransport").queryComboBox();
        List<String> shown = new ArrayList<>();
        kind.getItems().forEach(i -> shown.add(kind.getConverter().toString(i)));
        assertThat(shown).containsExactly("电子邮件", "WebDAV 网盘（坚果云等）", "文件夹（U盘、共享盘）", "暂不上报");
        // a new folder has no transport yet: it says so rather than pretending 电子邮件 is set up
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kind.getValue()).isNull();
        robot.interact(() -> kind.getSelectionModel().select(2));
        ComboBox<Object> security = robot.lookup("#emailSecurity").queryComboBox();
        List<String> securities = new ArrayList<>();
        security.getItems().forEach(i -> securities.add(security.getConverter().toString(i)));
        assertThat(securities).containsExactly("SSL（465 端口）", "STARTTLS（587 端口）", "不加密（仅限单位内网的邮件中转）");
        assertThat(EnglishScan.words("上报方式（email、webdav、folder）")).containsExactly("email", "webdav", "folder");
    }

    private void section(FxRobot robot, String name, String awaited) throws Exception {
        robot.clickOn("#nav-" + name);
        if (awaited != null) {
            await(robot, awaited);
        }
        settle(robot);
        scan(name);
    }

    /** Opens a dialog by its button, scans it with the main window, closes it. */
    private void dialog(FxRobot robot, String button, String awaited) throws Exception {
        robot.interact(() -> ((ButtonBase) robot.lookup("#" + button).query()).fire());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1
                && robot.lookup(awaited).tryQuery().isPresent());
        settle(robot);
        scan(button);
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != ui.stage())
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scans the screen with each choice of the ComboBox in turn (each shows its own fields). */
    private void scanChoices(FxRobot robot, String where, String box) throws Exception {
        ComboBox<?> combo = robot.lookup(box).queryComboBox();
        int n = combo.getItems().size();
        for (int i = 0; i < n; i++) {
            int index = i;
            robot.interact(() -> combo.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            scan(where + " " + index);
        }
    }

    private void scan(String where) throws Exception {
        List<String> words = WaitForAsyncUtils.asyncFx(EnglishScan::inShowingWindows).get(WAIT, TimeUnit.SECONDS);
        words.forEach(w -> found.add(where + " → " + w));
    }

    /** The tables of the screen have had their first load (the demo fills each). */
    private static void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".table-view").queryAll().stream()
                .filter(Node::isVisible).noneMatch(t -> ((TableView<?>) t).getItems() == null));
    }

    private static void await(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().filter(Node::isVisible)
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int rows(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((TableView<?>) n).getItems().size()).orElse(0);
    }
}
