package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.commit;
import static cn.warmledger.ui.ClerkKeys.ctrlS;
import static cn.warmledger.ui.ClerkKeys.selectAll;
import static cn.warmledger.ui.ClerkKeys.text;
import static cn.warmledger.ui.ClerkKeys.typeOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.ui.ClerkKeys.Commit;
import cn.warmledger.ui.shell.Section;

/**
 * Issue 14, point 1: what the clerk types into a date field is what is stored. Each form is typed with the
 * keyboard into the visit form and the campaign form, committed by Tab, Enter or straight by Ctrl+S, saved,
 * and read back from the database; an impossible day is refused with nothing saved.
 */
@ExtendWith(ApplicationExtension.class)
class DatesUiTest {
    /** Seconds to wait for background work: generous, the build machine is shared. */
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;
    long campaign;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        // runs today (so the form picks it) and covers January 2021 (so the typed days are inside it)
        campaign = app.campaigns().save(new CampaignDraft(null, "两节送温暖", CampaignKind.WARMTH,
                LocalDate.of(2020, 12, 20), LocalDate.now().plusDays(30), new BigDecimal("200000"), null,
                TestCampaigns.STANDARDS));
        for (int i = 0; i < 6; i++) {
            app.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(100 + i), "职工" + (i + 1),
                    HardshipType.DEEP, FileStatus.ACTIVE));
        }
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void everyFormTypedIntoTheVisitFormIsTheDayStored(FxRobot robot) throws Exception {
        openVisitForm(robot);
        recordVisit(robot, 0, "2021-01-08", Commit.TAB, "2021-01-08", true);
        recordVisit(robot, 1, "2021/1/9", Commit.ENTER, "2021-01-09", true);
        recordVisit(robot, 2, "2021.1.10", Commit.NONE, "2021.1.10", true);
        recordVisit(robot, 3, "2021年1月11日", Commit.TAB, "2021-01-11", false);
        recordVisit(robot, 4, "20210112", Commit.NONE, "20210112", true);

        Map<String, LocalDate> stored = app.visits().search(VisitQuery.ofCampaign(campaign)).stream()
                .collect(Collectors.toMap(VisitSummary::recipientName, VisitSummary::visitedOn));
        assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of(
                "职工1", LocalDate.of(2021, 1, 8), "职工2", LocalDate.of(2021, 1, 9),
                "职工3", LocalDate.of(2021, 1, 10), "职工4", LocalDate.of(2021, 1, 11),
                "职工5", LocalDate.of(2021, 1, 12)));
    }

    @Test
    void anImpossibleDayIsRefusedNamedAndKeptAndNothingIsSaved(FxRobot robot) throws Exception {
        openVisitForm(robot);
        chooseRecipient(robot, 5);
        typeOver(robot, "#visitDate", "2021-02-30");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#visitError").contains("2021-02-30"));
        assertThat(text(robot, "#visitError")).isEqualTo("慰问日期：“2021-02-30”不是有效日期：可写 2021-01-08、"
                + "2021/1/8、2021.1.8、2021年1月8日 或 20210108");
        TextField date = robot.lookup("#visitDate").queryAs(TextField.class);
        assertThat(date.getText()).as("the typed text stays, neither today nor the earlier day").isEqualTo("2021-02-30");
        assertThat(date.getStyleClass()).contains("date-error");
        assertThat(date.getTooltip().getText()).contains("慰问日期").contains("2021-02-30");
        // leaving the field does not replace it either
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getText()).isEqualTo("2021-02-30");

        // an emptied required date is refused as 必填, not saved as today
        typeOver(robot, "#visitDate", "");
        robot.clickOn("#saveVisit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#visitError").contains("必填"));
        assertThat(text(robot, "#visitError")).isEqualTo("慰问日期：必填，不能为空");
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).isEmpty();

        // corrected, the mark goes and the day typed is the day stored
        typeOver(robot, "#visitDate", "2021.2.28");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getStyleClass()).doesNotContain("date-error");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> app.visits().search(VisitQuery.ofCampaign(campaign)).size() == 1);
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign)).get(0).visitedOn())
                .isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void everyFormTypedIntoTheCampaignFormIsThePeriodStored(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.main().show(Section.CAMPAIGNS));
        addCampaign(robot, "甲", "2021-01-08", Commit.TAB, "2021/2/8", Commit.NONE);
        addCampaign(robot, "乙", "2021.3.1", Commit.ENTER, "2021年3月31日", Commit.NONE);
        addCampaign(robot, "丙", "20210401", Commit.TAB, "2021-4-30", Commit.ENTER);

        Map<String, Campaign> stored = app.campaigns().list().stream()
                .collect(Collectors.toMap(Campaign::name, c -> c));
        assertThat(stored.get("甲").startsOn()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(stored.get("甲").endsOn()).isEqualTo(LocalDate.of(2021, 2, 8));
        assertThat(stored.get("乙").startsOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(stored.get("乙").endsOn()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(stored.get("丙").startsOn()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(stored.get("丙").endsOn()).isEqualTo(LocalDate.of(2021, 4, 30));

        // an impossible end is refused by name, the form stays open and nothing more is saved
        robot.clickOn("#addCampaign");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#campaignName").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#campaignName").queryAs(TextField.class).setText("丁"));
        typeOver(robot, "#campaignStartsOn", "2021-02-01");
        typeOver(robot, "#campaignEndsOn", "2021-02-30");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#campaignError").contains("2021-02-30"));
        assertThat(text(robot, "#campaignError")).startsWith("结束日期：“2021-02-30”不是有效日期");
        assertThat(robot.lookup("#campaignEndsOn").queryAs(TextField.class).getText()).isEqualTo("2021-02-30");
        assertThat(app.campaigns().list()).hasSize(4);
    }

    private void openVisitForm(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        robot.clickOn("#recordVisit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#visitRecipientSearch").tryQuery().isPresent());
    }

    /** Finds 职工{n+1} by the digits of the 身份证号 (the way the form is used), waits for the 慰问金 pre-fill. */
    private void chooseRecipient(FxRobot robot, int n) throws Exception {
        robot.clickOn("#visitRecipientSearch");
        selectAll(robot);
        robot.write(TestCampaigns.idNumber(100 + n).substring(6, 17));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "1000.00".equals(robot.lookup("#visitCash")
                .queryAs(TextField.class).getText()) && robot.lookup("#visitRecipient").queryComboBox()
                .getValue() != null && String.valueOf(robot.lookup("#visitRecipient").queryComboBox().getValue())
                .contains("职工" + (n + 1)));
    }

    private void recordVisit(FxRobot robot, int n, String typed, Commit commit, String shownBeforeSave,
                             boolean byKeyboard) throws Exception {
        int before = app.visits().search(VisitQuery.ofCampaign(campaign)).size();
        chooseRecipient(robot, n);
        typeOver(robot, "#visitDate", typed);
        commit(robot, commit);
        assertThat(robot.lookup("#visitDate").queryAs(TextField.class).getText()).isEqualTo(shownBeforeSave);
        if (byKeyboard) {
            ctrlS(robot);
        } else {
            robot.clickOn("#saveVisit");
        }
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> app.visits().search(VisitQuery.ofCampaign(campaign)).size() == before + 1);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#visitStatus").contains("职工" + (n + 1)));
        assertThat(text(robot, "#visitError")).isEmpty();
    }

    private void addCampaign(FxRobot robot, String name, String from, Commit fromCommit, String to, Commit toCommit)
            throws Exception {
        int before = app.campaigns().list().size();
        robot.clickOn("#addCampaign");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#campaignName").tryQuery().isPresent());
        // headless typing of CJK goes astray; the name is put in as an input method would
        robot.interact(() -> robot.lookup("#campaignName").queryAs(TextField.class).setText(name));
        typeOver(robot, "#campaignStartsOn", from);
        commit(robot, fromCommit);
        typeOver(robot, "#campaignEndsOn", to);
        commit(robot, toCommit);
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> app.campaigns().list().size() == before + 1);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#campaignName").tryQuery().isEmpty());
    }
}
