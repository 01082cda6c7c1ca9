package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
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
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.ImportFixtures;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.imports.ImportWizardView;
import cn.warmledger.ui.imports.ImportWizardViewModel;

/**
 * Clicks through the import wizard headless, with real background threads. The file chooser is the one
 * step a robot cannot drive under Monocle, so the test hands the file to the view model as the chooser would.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {
    @TempDir
    static Path dir;
    static AppContext app;
    static Path file;
    BackgroundTasks tasks;
    ImportWizardViewModel wizard;

    /** The database and the workbook are made before the window: @Start has a short time limit. */
    @BeforeAll
    static void data() throws Exception {
        app = TestApp.open(dir.resolve("data"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
        file = ImportFixtures.realSheet(Files.createDirectories(dir.resolve("files")));
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks();
        Theme.applyUserAgent();
        wizard = new ImportWizardViewModel(app.recipientImport(), tasks);
        Scene scene = new Scene(new ImportWizardView(wizard, new Dialogs(), () -> { }, stage::close).root());
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void chooseCheckAndImport(FxRobot robot) throws Exception {
        // before a file is chosen the table says what to do (issue 15, point 10), not JavaFX's "表中无列"
        Label empty = robot.lookup("#importEmptyState").queryAs(Label.class);
        assertThat(empty.getText()).isEqualTo("选择要导入的 Excel（.xlsx/.xls）或 CSV 文件");
        assertThat(empty.isVisible() && empty.getScene() != null).isTrue();
        assertThat(robot.lookup("#chooseImportFileEmpty").queryAs(Button.class).getText()).isEqualTo("选择文件……");
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("表中无列")).tryQuery()).isEmpty();
        robot.interact(() -> wizard.openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wizard.source().headerRowProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sourceInfo").queryAs(Label.class).getText()).contains("旧名单");
        robot.clickOn("#importNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importStepTitle").queryAs(Label.class).getText()).contains("第 2 步");
        assertThat(robot.lookup("#unmappedColumns").queryAs(Label.class).getText()).contains("序号");
        robot.clickOn("#importNext");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wizard.stepProperty().get() == ImportWizardViewModel.Step.CHECK);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).startsWith("可新增 6 人");
        TableView<?> report = robot.lookup("#importReport").queryTableView();
        assertThat(report.getItems()).hasSize(9);
        // row 16's 性别 contradicts its 身份证号: it goes in as the number says, and the report table says so
        assertThat(report.getItems()).extracting(p -> ((cn.warmledger.service.imports.RowProblem) p).text())
                .contains("第 16 行，性别：填的是男，身份证号为女，已按身份证号导入");
        assertThat(robot.lookup("#runImport").queryAs(Button.class).getText()).isEqualTo("导入 7 行");
        robot.clickOn("#runImport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.stepProperty().get() == ImportWizardViewModel.Step.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("导入 6 人，更新 0 人，跳过 1 人（已在台账中），未导入 5 行（有错误）");
        assertThat(wizard.progressProperty().get()).as("the progress bar follows the import").isEqualTo(1.0);
        assertThat(app.recipients().count()).isEqualTo(7);
        assertThat(app.recipients().search(RecipientQuery.all().withText("孙丽")).get(0).phone()).isEqualTo("13905512345");

        // saving the errors workbook is confirmed with its path and 打开文件夹 (the chooser is handed over as above)
        Path errors = dir.resolve("files").resolve("未导入的行.xlsx");
        robot.interact(() -> wizard.saveErrors(errors));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(errors) && wizard.savedErrorsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label saved = robot.lookup("#errorsSavedDone").queryAs(Label.class);
        assertThat(saved.isVisible()).isTrue();
        assertThat(saved.getText()).startsWith("错误表已保存：").contains(errors.toString()).contains("未导入的行.xlsx");
        assertThat(robot.lookup("#errorsSavedDoneFolder").queryAs(Button.class).getText()).isEqualTo("打开文件夹");
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText()).as("the import's result stays")
                .startsWith("导入 6 人");
    }
}
