package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.ListView;
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
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.persistence.DamagedFolders;

/**
 * The morning after a power cut (docs/decisions/21-1): the clerk types her password, is told the database file is
 * damaged — not that the password is wrong — clicks 从备份恢复…, takes the newest automatic backup, and works on.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedSignInUiTest {
    static final String PASSWORD = "Wenuan2026";
    @TempDir
    static Path dir;
    ShownWindow ui;

    @BeforeAll
    static void damagedFolder() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, DatabasePassword.of(PASSWORD))) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.backups().automatic();
        }
        DamagedFolders.damage(data, DatabasePassword.of(PASSWORD));
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
    void theDamagedFileIsSaidAndTheNewestBackupBringsTheDataBack(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#signInRestore").queryButton().isVisible()).isFalse();
        robot.clickOn("#signInOperator").write("张干事");
        robot.clickOn("#signInPassword").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#signInError").contains("已损坏"));
        assertThat(text(robot, "#signInError")).contains("不是密码的问题").contains("auto-")
                .doesNotContain("密码不对");
        assertThat(ui.app()).isNull();

        robot.clickOn("#signInRestore");
        ListView<?> backups = robot.lookup("#signInBackups").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && t.contains("自动备份"))).hasSize(1);
        robot.clickOn(robot.lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#signInRestoreGo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
        assertThat(ui.app().recipients().count()).isEqualTo(1);
        assertThat(ui.app().operator().name()).isEqualTo("张干事");
        try (Stream<Path> s = Files.list(dir.resolve("data").resolve("backups"))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("damaged-"))).hasSize(1);
        }
    }
}
