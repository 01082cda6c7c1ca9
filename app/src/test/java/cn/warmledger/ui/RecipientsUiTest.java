package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.choose;
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
import cn.warmledger.TestIds;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

/** Clicks the real register screen on a real H2 file, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class RecipientsUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    @Test
    void addARecipientThroughTheFormAndFindItInTheTable(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        openNewForm(robot);
        robot.clickOn("#idNumber").write("110105491231002");
        robot.clickOn("#name").write("韩梅");
        robot.clickOn("#phone").write("13905512345");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#derivedFromId").queryAs(Label.class).getText())
                .contains("女").contains("1949-12-31").contains(TestIds.X_CHECKSUM);
        robot.clickOn("#hardshipType").clickOn("深度困难");
        robot.clickOn("#householdAnnualIncome").write("24000");
        robot.clickOn("#rigidExpenditure").write("6000");
        robot.clickOn("#householdSize").write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#perCapita").queryAs(Label.class).getText()).contains("500.00");
        assertThat(robot.lookup("#typeSuggestion").queryAs(Label.class).getText()).contains("深度困难");
        robot.clickOn("#saveRecipient");

        waitForRows(robot, 3);
        TableView<RecipientSummary> table = table(robot);
        RecipientSummary added = table.getItems().stream().filter(r -> r.name().equals("韩梅")).findFirst().orElseThrow();
        assertThat(added.idNumber()).isEqualTo(TestIds.X_CHECKSUM);
        // the rows and the count are set one after the other on the FX thread: a loaded machine shows the gap
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "共 3 人".equals(robot.lookup("#recipientCount").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#recipientCount").queryAs(Label.class).getText()).isEqualTo("共 3 人");
        assertThat(app.recipients().search(RecipientQuery.all().withText("韩梅")))
                .singleElement().satisfies(r -> assertThat(r.hardshipType()).hasToString("DEEP"));
    }

    @Test
    void searchAsYouTypeNarrowsTheTable(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        robot.clickOn("#recipientSearch").write("汪");
        waitForRows(robot, 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("汪惠珍");
        // the page's rows and its count arrive in one reply but are shown one after the other: wait for the count too
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#recipientCount").queryAs(Label.class).getText().equals("共 1 人"));
        assertThat(robot.lookup("#recipientCount").queryAs(Label.class).getText()).isEqualTo("共 1 人");
        // 身份证号 is masked in the table unless asked for
        assertThat(robot.lookup("340102********2347").tryQuery()).isPresent();
        robot.lookup("#recipientSearch").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#recipientSearch").queryAs(TextField.class).setText("3401021962"));
        // typing waits for a pause before the register is asked: wait for the new row, not for a count of one
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).name().equals("陈陆"));
        assertThat(robot.lookup("#recipientCount").queryAs(Label.class).getText()).isEqualTo("共 1 人");
    }

    @Test
    void anInvalidIdNumberShowsTheErrorAndSavesNothing(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        openNewForm(robot);
        robot.clickOn("#idNumber").write("340102198001011232");
        robot.clickOn("#name").write("错号");
        choose(robot, "#category", "劳动模范/工匠");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText())
                .contains("身份证号").contains("校验位").contains("应为 1");
        robot.clickOn("#saveRecipient");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText()).contains("校验位");
        assertThat(app.recipients().count()).isEqualTo(2);
    }

    @Test
    void aDuplicateIdNumberIsRefusedNamingTheExistingRecipient(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        openNewForm(robot);
        robot.clickOn("#idNumber").write(TestIds.FEMALE_1985);
        robot.clickOn("#name").write("汪慧珍");
        choose(robot, "#category", "劳动模范/工匠");
        robot.clickOn("#saveRecipient");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText())
                .contains("汪惠珍").contains("340102********2347");
        assertThat(app.recipients().count()).isEqualTo(2);
    }

    @Test
    void theImportButtonOpensTheImportWizard(FxRobot robot) throws Exception {
        waitForRows(robot, 2);
        robot.clickOn("#importRecipients");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#chooseImportFile").tryQuery().isPresent());
        assertThat(robot.lookup("#importStepTitle").queryAs(Label.class).getText()).startsWith("第 1 步");
        robot.clickOn("#closeImport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chooseImportFile").tryQuery()).isEmpty();
    }

    /** Opens the form and waits for it: it is filled off the FX thread. */
    private static void openNewForm(FxRobot robot) throws Exception {
        robot.clickOn("#addRecipient");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#idNumber").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<RecipientSummary> table(FxRobot robot) {
        return robot.lookup("#recipientTable").queryTableView();
    }

    private static void waitForRows(FxRobot robot, int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == n);
    }
}
