package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.domain.OperatorRole;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * The sign-in with operator accounts (issue 18), clicked headless on a real H2 file (the accounts table is the same
 * on the server): the first administrator of a new database, then her 设置 → 操作员 adding a clerk and disabling
 * her; the disabled clerk is refused at the next sign-in in words, a wrong password too, and the right one opens the
 * window under her own name.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSignInUiTest {
    static final String ADMIN_PW = "Guanli2026!";
    static final String CLERK_PW = "Ganshi2026";
    @TempDir
    Path dir;
    Stage stage;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestApp.open(dir).close(); // 本单位 set up, no account yet
    }

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
    }

    private void showSignIn(FxRobot robot) throws java.util.concurrent.TimeoutException {
        robot.interact(() -> ui = ShownWindow.serverSignIn(stage, () -> cn.warmledger.testing.TestDatabases.openApp(new AppPaths(dir)), 1366, 768));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#signInSubmit").queryButton().isDisabled());
    }

    @Test
    void theFirstAdministratorAddsAndDisablesAClerkWhoIsThenRefused(FxRobot robot) throws Exception {
        showSignIn(robot);
        assertThat(text(robot, "#serverSignInTitle")).isEqualTo("创建第一位管理员");
        assertThat(shown(robot.lookup("#signInConfirm").query())).isTrue();
        robot.interact(() -> robot.lookup("#signInOperator").queryAs(TextField.class).setText("王主席"));
        robot.clickOn("#signInPassword").write(ADMIN_PW);
        robot.clickOn("#signInConfirm").write("Guanli2025!");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#signInError").equals("两次输入的密码不一样"));
        robot.clickOn("#signInPassword").write(ADMIN_PW);
        robot.type(KeyCode.ENTER); // on to the confirmation, not yet signing in
        robot.write(ADMIN_PW);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
        assertThat(ui.app().operator().name()).isEqualTo("王主席");
        assertThat(ui.app().operator().administrator()).isTrue();

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-settings");
        robot.clickOn("#tabOperators");
        TableView<OperatorAccount> table = robot.lookup("#operatorsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#operatorName").queryAs(TextField.class).setText("张干事"));
        robot.clickOn("#operatorPassword").write(CLERK_PW);
        robot.clickOn("#operatorConfirm").write(CLERK_PW);
        robot.clickOn("#addOperator");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(text(robot, "#operatorsStatus")).isEqualTo("已添加操作员“张干事”");

        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.name().equals("张干事")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#toggleOperator").queryButton().getText()).isEqualTo("停用");
        robot.clickOn("#toggleOperator");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#operatorsStatus").equals("已停用“张干事”"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(a -> a.name() + ":" + a.active())
                .containsExactly("张干事:false", "王主席:true");
        // her own account she cannot disable
        // (her name is also in 张干事's 最后由谁修改 cell: the row is chosen, not the first text that matches)
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.name().equals("王主席")).findFirst().orElseThrow()));
        robot.clickOn("#toggleOperator");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#operatorsError").equals("不能停用自己的账号"));

        // the next sign-in: the disabled clerk is refused after her right password
        ui.close();
        ui = null;
        showSignIn(robot);
        assertThat(text(robot, "#serverSignInTitle")).isEqualTo("登录（单位服务器）");
        assertThat(shown(robot.lookup("#signInConfirm").query())).isFalse();
        robot.interact(() -> robot.lookup("#signInOperator").queryAs(TextField.class).setText("张干事"));
        robot.clickOn("#signInPassword").write(CLERK_PW);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#signInError").equals("操作员“张干事”已停用，不能登录；请找管理员"));
        assertThat(ui.app()).isNull();
    }

    @Test
    void aClerkSignsInWithHerOwnPasswordAndSeesNoOperatorsTab(FxRobot robot) throws Exception {
        try (AppContext app = cn.warmledger.testing.TestDatabases.openApp(new AppPaths(dir))) {
            app.operatorAccounts().createFirstAdministrator("王主席", DatabasePassword.of(ADMIN_PW));
            app.operatorAccounts().add("张干事", DatabasePassword.of(CLERK_PW), OperatorRole.CLERK);
        }
        showSignIn(robot);
        robot.interact(() -> robot.lookup("#signInOperator").queryAs(TextField.class).setText("张干事"));
        robot.clickOn("#signInPassword").write("Ganshi2025");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#signInError").equals("操作员姓名或密码不对，请重新输入"));
        assertThat(robot.lookup("#signInPassword").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#signInPassword").write(CLERK_PW);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
        assertThat(ui.app().operator().name()).isEqualTo("张干事");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settingsTabs").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .extracting(javafx.scene.control.Tab::getId).doesNotContain("tabOperators").contains("tabDatabase");
        assertThat(ui.app().audit().list(new cn.warmledger.domain.AuditQuery(null, "session", null, null, 1)))
                .extracting(cn.warmledger.domain.AuditEntry::operator).containsExactly("张干事");

        // 设置 → 我的密码: a wrong current password changes nothing; the right one, the new one twice, changes it
        robot.clickOn("#tabMyPassword");
        robot.clickOn("#myCurrentPassword").write("Ganshi2025");
        robot.clickOn("#myNewPassword").write("Xinmima2026");
        robot.clickOn("#myConfirmPassword").write("Xinmima2026");
        robot.clickOn("#changeMyPassword");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#myPasswordError").equals("当前密码：当前密码不对，密码没有修改"));
        assertThat(robot.lookup("#myCurrentPassword").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#myCurrentPassword").write(CLERK_PW);
        robot.clickOn("#myNewPassword").write("Xinmima2026");
        robot.clickOn("#myConfirmPassword").write("Xinmima2026");
        robot.type(KeyCode.ENTER); // Enter in the last field changes it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#myPasswordStatus").startsWith("密码已修改"));
        assertThat(text(robot, "#myPasswordError")).isEmpty();
        assertThatThrownBy(() -> ui.app().operatorAccounts().signIn("张干事", DatabasePassword.of(CLERK_PW)))
                .isInstanceOf(cn.warmledger.domain.WrongPasswordException.class);
        assertThat(ui.app().operatorAccounts().signIn("张干事", DatabasePassword.of("Xinmima2026")).name())
                .isEqualTo("张干事");
    }

    /** True when the node and every parent are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
