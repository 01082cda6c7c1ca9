package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.TestApp;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.common.AppPaths;

/**
 * The sign-in page of an encrypted data folder, typed as the clerk signs in every morning: her name, the
 * password, Enter. Enter in the password field signs in (elsewhere on a form Enter moves to the next field).
 */
@ExtendWith(ApplicationExtension.class)
class SignInUiTest {
    static final String PASSWORD = "Wenuan2026";
    @TempDir
    static Path dir;
    ShownWindow ui;

    @BeforeAll
    static void encryptedFolder() {
        TestApp.open(dir.resolve("data"), DatabasePassword.of(PASSWORD)).close();
    }

    @Start
    void start(Stage stage) {
        ui = ShownWindow.signIn(stage, new AppPaths(dir.resolve("data")), 1366, 768);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void enterAfterThePasswordSignsInAndAWrongOneIsRefusedInWords(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#signInConfirm").tryQuery()).isEmpty();
        robot.clickOn("#signInOperator").write("张干事");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#signInPassword").queryAs(PasswordField.class).isFocused()).isTrue();
        robot.write("Wenuan2025");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#signInError").contains("密码不对"));
        assertThat(ui.app()).isNull();

        robot.clickOn("#signInPassword").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
        assertThat(ui.app().operator().name()).isEqualTo("张干事");
    }
}
