package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SubmissionRequest;

/** The 上报 screen, the status bar's 待上报 N and 设置 → 上报方式, clicked headless on a real H2 file. */
@ExtendWith(ApplicationExtension.class)
class OutboxUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;
    Path stick;
    String id;

    /** Migrated and set up once: @Start runs on the FX thread under TestFX's setup timeout. */
    @BeforeAll
    static void template() {
        TestApp.open(dir.resolve("template")).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("t" + System.nanoTime());
        copy(dir.resolve("template"), data);
        app = TestApp.open(data);
        stick = data.resolve("U盘");
        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        Path export = Files.writeString(data.resolve("统计表.xlsx"), "workbook");
        Submission s = app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", "困难职工帮扶统计表", null,
                "2026年春节送温暖", 2026, null, List.of(export), Map.of(), null));
        id = s.id();
        ui = ShownWindow.show(stage, app);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    private SubmissionState state() {
        return app.outbox().find(id).orElseThrow().state();
    }

    @Test
    void aFailedSubmissionIsShownWithItsReasonAndRetriedFromTheScreen(FxRobot robot) throws Exception {
        // the window's worker drains at start: the stick is not there yet
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state() == SubmissionState.FAILED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "待上报 1".equals(robot.lookup("#pendingCount").queryAs(Label.class).getText()));
        robot.clickOn("#nav-outbox");
        TableView<Submission> table = robot.lookup("#outboxTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        Submission row = table.getItems().get(0);
        assertThat(row.state().label()).isEqualTo("失败");
        assertThat(row.lastError()).contains("插入U盘");

        Files.createDirectories(stick);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#retrySubmission");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state() == SubmissionState.SENT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().size() == 1 && table.getItems().get(0).state() == SubmissionState.SENT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "待上报 0".equals(robot.lookup("#pendingCount").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#outboxMessage").queryAs(Label.class).getText()).isEqualTo("已发送 1 份，失败 0 份");
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#withdrawSubmission").queryButton().isDisabled());
        assertThat(Files.list(stick.resolve("340102001 城关镇总工会")).count()).isEqualTo(2);
    }

    @Test
    void theMailboxPresetFillsTheServerAndSavingKeepsThePasswordOutOfTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tabSync");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#folderPath").queryAs(TextField.class).getText().equals(stick.toString()));
        robot.interact(() -> robot.lookup("#syncTransport").<javafx.scene.control.ComboBox<Object>>query()
                .getSelectionModel().select(0));
        robot.clickOn("#presetQq");
        assertThat(robot.lookup("#emailHost").queryAs(TextField.class).getText()).isEqualTo("smtp.qq.com");
        assertThat(robot.lookup("#emailPort").queryAs(TextField.class).getText()).isEqualTo("465");
        assertThat(robot.lookup("#authCodeHint").queryAs(Label.class).getText()).contains("授权码").contains("不是登录密码");
        robot.clickOn("#emailUser").write("12345@qq.com");
        robot.clickOn("#emailPassword").write("abcdefghijklmnop");
        robot.clickOn("#emailTo").write("xzgh@163.com");
        robot.clickOn("#saveSyncSettings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "已保存".equals(robot.lookup("#syncResult").queryAs(Label.class).getText()));
        assertThat(app.settings().get("sync.transport")).hasValue("email");
        assertThat(app.settings().get("sync.email.host")).hasValue("smtp.qq.com");
        assertThat(app.settings().get("sync.email.password")).hasValue("abcdefghijklmnop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#emailPassword").queryAs(TextField.class).getText().isEmpty());
        assertThat(robot.lookup("#emailPassword").queryAs(TextField.class).getPromptText()).contains("已保存");

        // 测试连接 runs off the FX thread and says what to fix: port 1 on this machine refuses
        robot.interact(() -> robot.lookup("#emailHost").queryAs(TextField.class).setText("127.0.0.1"));
        robot.interact(() -> robot.lookup("#emailPort").queryAs(TextField.class).setText("1"));
        robot.clickOn("#testConnection");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#syncError").queryAs(Label.class).getText().startsWith("网络不通"));
    }
}
