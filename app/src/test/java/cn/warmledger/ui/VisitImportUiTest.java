package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.VisitFixtures;
import cn.warmledger.ui.shell.Section;

/**
 * 走访慰问 → 导入花名册, clicked through headless on the real window with real background threads. The file
 * chooser cannot be driven under Monocle, so the path is typed into the wizard's file field (Enter opens it).
 */
@ExtendWith(ApplicationExtension.class)
class VisitImportUiTest {
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    static Path file;
    AppContext app;
    ShownWindow ui;

    @BeforeAll
    static void roster() throws Exception {
        file = VisitFixtures.roster(Files.createDirectories(dir.resolve("files")));
    }

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        long campaign = app.campaigns().save(TestCampaigns.springFestival());
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "陈陆", HardshipType.DEEP,
                FileStatus.ACTIVE));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
        long han = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "韩雷"));
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1990, "周敏"));
        app.visits().save(TestCampaigns.visit(han, campaign, LocalDate.of(2021, 1, 5), "600"));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void aRosterIsImportedThroughTheWizardIntoTheVisitsTable(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#visitsTable").tryQuery().isPresent()
                && robot.lookup("#visitsTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#importVisits");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#importCampaign").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        assertThat(((Campaign) robot.lookup("#importCampaign").queryComboBox().getValue()).name())
                .isEqualTo("2021年元旦春节送温暖");

        TextField path = robot.lookup("#importFile").queryAs(TextField.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn(path).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#sourceInfo").queryAs(Label.class).getText().contains("慰问花名册"));
        robot.clickOn("#importNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unmappedColumns").queryAs(Label.class).getText()).contains("领取人签字");
        assertThat(robot.lookup("#newPeopleHint").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#importNext");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").queryAs(Label.class)
                .getText().startsWith("导入到"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("可导入慰问记录 4 条");
        TableView<?> preview = robot.lookup("#importPreview").queryTableView();
        assertThat(preview.getItems()).hasSize(7);
        assertThat(preview.getColumns().get(8).getCellData(0)).as("慰问金 of row 3").isEqualTo("1000.00");
        assertThat(robot.lookup("#importReport").queryTableView().getItems()).hasSize(8);
        assertThat(robot.lookup("#importDuplicates").queryAs(CheckBox.class).isVisible()).isTrue();
        assertThat(robot.lookup("#importDuplicates").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#runImport").queryAs(Button.class).getText()).isEqualTo("导入 4 行");

        robot.clickOn("#runImport");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !robot.lookup("#importResult").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("导入慰问记录 4 条（其中新建慰问对象 2 人、重复慰问 0 条），跳过重复慰问 3 行，未导入 3 行（有错误）");
        robot.clickOn("#closeImport");

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#visitsTable").queryTableView().getItems().size() == 5);
        @SuppressWarnings("unchecked")
        TableView<VisitSummary> table = (TableView<VisitSummary>) (TableView<?>) robot.lookup("#visitsTable").queryTableView();
        assertThat(table.getItems()).extracting(VisitSummary::recipientName)
                .containsExactlyInAnyOrder("韩雷", "陈陆", "韩梅", "刘强", "汪惠珍");
        assertThat(robot.lookup("#visitsTotals").queryAs(Label.class).getText()).contains("共 5 条");
    }
}
