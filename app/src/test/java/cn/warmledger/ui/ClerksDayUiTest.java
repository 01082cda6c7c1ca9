package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.choose;
import static cn.warmledger.ui.ClerkKeys.commit;
import static cn.warmledger.ui.ClerkKeys.ctrlS;
import static cn.warmledger.ui.ClerkKeys.selectAll;
import static cn.warmledger.ui.ClerkKeys.text;
import static cn.warmledger.ui.ClerkKeys.typeOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.TestIds;
import cn.warmledger.TestSheets;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.StatFields;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.transport.Hashes;
import cn.warmledger.ui.ClerkKeys.Commit;

/**
 * Issue 14's acceptance walk: a clerk's day at 1366×768 on an empty data folder, by keyboard and mouse through
 * the real pages — sign-in (a password chosen), first run (本单位), a recipient, a campaign, three visits typed
 * with three date forms (and one unreadable date refused on the way), 送温暖统计表 exported and 上报, the outbox
 * sending to a folder. What is stored is read back from the database; what arrived in the folder is read back
 * with POI and its manifest held against its cells.
 */
@ExtendWith(ApplicationExtension.class)
class ClerksDayUiTest {
    /** Seconds to wait for background work: generous, the build machine is shared. */
    static final long WAIT = 60;
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    static final String ORG_NAME = "城关镇总工会";
    static final String ORG_CODE = "340102001";
    static final String RECIPIENT = "刘秀英";
    static final String CAMPAIGN = "两节送温暖";
    @TempDir
    static Path dir;
    Path data;
    /** The 上报 folder (a U盘), there before the walk. */
    Path stick;
    ShownWindow ui;

    /** The days of this week the clerk types (never today, so a fallback to today cannot pass for one). */
    final LocalDate today = LocalDate.now();
    final LocalDate firstDay = today.minusDays(4);
    final LocalDate secondDay = today.minusDays(3);
    final LocalDate thirdDay = today.minusDays(2);

    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("clerk" + System.nanoTime());
        stick = Files.createDirectories(dir.resolve("stick" + System.nanoTime()));
        ui = ShownWindow.signIn(stage, new AppPaths(data), WIDTH, HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ui.close();
    }

    @Test
    void aClerksDayFromAnEmptyFolderToTheFilesSentUpward(FxRobot robot) throws Exception {
        assertThat(AppContext.folderState(new AppPaths(data))).isEqualTo(AppContext.FolderState.NEW);
        assertClerkScreen();
        AppContext app = signInAndSetUp(robot);
        assertClerkScreen();

        addRecipient(robot, app);
        long campaign = addCampaign(robot, app);
        assertClerkScreen();
        recordThreeVisits(robot, app, campaign);
        assertClerkScreen();

        setUploadFolder(robot, app);
        Submission submitted = exportAndSubmit(robot, app, campaign);
        sendNow(robot, app, submitted.id());
        assertClerkScreen();

        assertTheFolderHoldsTheFileAndItsOwnFigures(submitted.id());
    }

    /** The window is the clerk's laptop screen for the whole walk. */
    private void assertClerkScreen() {
        Stage stage = ui.stage();
        assertThat(stage.getWidth()).isEqualTo(WIDTH);
        assertThat(stage.getHeight()).isEqualTo(HEIGHT);
        assertThat(stage.getScene().getWidth()).isEqualTo(WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(HEIGHT);
    }

    private AppContext signInAndSetUp(FxRobot robot) throws Exception {
        // a new folder: the password is chosen here, twice (length 8 or more, letters and digits); Enter after
        // the second one opens (and encrypts) the database
        robot.clickOn("#signInOperator").write("张干事");
        robot.clickOn("#signInPassword").write("Wenuan2026");
        robot.clickOn("#signInConfirm").write("Wenuan2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#setupOrgName").tryQuery().isPresent());
        // the sign-in page gives way to the window's own page on the FX thread: let it settle before looking up
        // nodes from this thread (a lookup racing that swap met a node already out of its scene)
        WaitForAsyncUtils.waitForFxEvents();
        AppContext app = ui.app();
        assertThat(AppContext.folderState(new AppPaths(data))).isEqualTo(AppContext.FolderState.ENCRYPTED);

        // first run: 本单位 typed; the operator is the one who signed in
        assertThat(robot.lookup("#setupOperator").queryAs(TextField.class).getText()).isEqualTo("张干事");
        robot.clickOn("#setupOrgName").write(ORG_NAME);
        robot.clickOn("#setupOrgCode").write(ORG_CODE);
        robot.clickOn("#setupParentName").write("某某县总工会");
        robot.clickOn("#setupMinimumLiving").write("650元");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
        assertThat(app.setup().self()).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo(ORG_NAME);
            assertThat(o.code()).isEqualTo(ORG_CODE);
        });
        assertThat(app.settings().get(SettingKeys.ORG_PARENT)).hasValue("某某县总工会");
        return app;
    }

    private void addRecipient(FxRobot robot, AppContext app) throws Exception {
        robot.clickOn("#addRecipient");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#idNumber").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#idNumber").write(TestIds.FEMALE_1975);
        robot.clickOn("#name").write(RECIPIENT);
        robot.clickOn("#phone").write("13905512345");
        choose(robot, "#hardshipType", HardshipType.DEEP.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#derivedFromId")).contains("女").contains("1975-05-20");
        robot.clickOn("#saveRecipient");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#idNumber").tryQuery().isEmpty());
        assertThat(app.recipients().search(RecipientQuery.all())).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo(RECIPIENT);
            assertThat(r.idNumber()).isEqualTo(TestIds.FEMALE_1975);
            assertThat(r.hardshipType()).isEqualTo(HardshipType.DEEP);
        });
    }

    private long addCampaign(FxRobot robot, AppContext app) throws Exception {
        LocalDate from = today.minusDays(20);
        LocalDate to = today.plusDays(60);
        robot.clickOn("#nav-campaigns");
        robot.clickOn("#addCampaign");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#campaignName").tryQuery().isPresent());
        robot.clickOn("#campaignName").write(CAMPAIGN);
        typeOver(robot, "#campaignStartsOn", from.toString());
        commit(robot, Commit.TAB);
        typeOver(robot, "#campaignEndsOn", to.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
        commit(robot, Commit.ENTER);
        assertThat(robot.lookup("#campaignEndsOn").queryAs(TextField.class).getText()).isEqualTo(to.toString());
        typeOver(robot, "#campaignBudget", "20万元");
        typeOver(robot, "#standard-HARDSHIP_WORKER-DEEP", "1000");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#campaignName").tryQuery().isEmpty());
        assertThat(app.campaigns().list()).hasSize(1);
        Campaign stored = app.campaigns().list().get(0);
        assertThat(stored.name()).isEqualTo(CAMPAIGN);
        assertThat(stored.startsOn()).isEqualTo(from);
        assertThat(stored.endsOn()).isEqualTo(to);
        assertThat(stored.budget()).isEqualByComparingTo("200000");
        return stored.id();
    }

    /**
     * Three visits to the household, each of another 帮扶类别 (so the double-payment guard has nothing to ask),
     * the date typed in another form and committed by Tab, Enter and Ctrl+S; between them an impossible day is
     * refused with nothing saved.
     */
    private void recordThreeVisits(FxRobot robot, AppContext app, long campaign) throws Exception {
        robot.clickOn("#nav-visits");
        robot.clickOn("#recordVisit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#visitRecipientSearch").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#visitCampaign").queryComboBox()
                .getValue() != null);
        assertThat(((Campaign) robot.lookup("#visitCampaign").queryComboBox().getValue()).id()).isEqualTo(campaign);

        // 1: 送温暖, the standard's 1000.00 as filled in, the date committed by Tab, saved with the mouse
        chooseRecipient(robot);
        typeOver(robot, "#visitDate", firstDay.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
        commit(robot, Commit.TAB);
        assertThat(robot.lookup("#visitDate").queryAs(TextField.class).getText()).isEqualTo(firstDay.toString());
        robot.clickOn("#saveVisit");
        awaitSaved(robot, app, campaign, 1, "1000.00");

        // an impossible day: refused by name, the text kept, nothing saved
        chooseRecipient(robot);
        choose(robot, "#visitKind", AssistanceKind.LIVING.label());
        typeOver(robot, "#visitCash", "500元");
        typeOver(robot, "#visitDate", "2026-02-30");
        ctrlS(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#visitError").contains("2026-02-30"));
        assertThat(text(robot, "#visitError")).isEqualTo("慰问日期：“2026-02-30”不是有效日期：可写 2021-01-08、"
                + "2021/1/8、2021.1.8、2021年1月8日 或 20210108");
        assertThat(robot.lookup("#visitDate").queryAs(TextField.class).getText()).isEqualTo("2026-02-30");
        assertThat(robot.lookup("#visitDate").queryAs(TextField.class).getStyleClass()).contains("date-error");
        assertThat(visits(app, campaign)).hasSize(1);

        // 2: 生活救助, corrected to 年月日 and committed by Enter (the form moves on), saved by Ctrl+S
        typeOver(robot, "#visitDate", secondDay.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        commit(robot, Commit.ENTER);
        assertThat(robot.lookup("#visitDate").queryAs(TextField.class).getText()).isEqualTo(secondDay.toString());
        assertThat(text(robot, "#visitError")).isEmpty();
        assertThat(visits(app, campaign)).hasSize(1);
        ctrlS(robot);
        awaitSaved(robot, app, campaign, 2, "500.00");

        // 3: 医疗救助, eight digits committed by the save itself (Ctrl+S straight from the field)
        chooseRecipient(robot);
        choose(robot, "#visitKind", AssistanceKind.MEDICAL.label());
        typeOver(robot, "#visitCash", "2,000");
        typeOver(robot, "#visitDate", thirdDay.format(DateTimeFormatter.BASIC_ISO_DATE));
        ctrlS(robot);
        awaitSaved(robot, app, campaign, 3, "2000.00");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#visitRecipientSearch").tryQuery().isEmpty());

        // what was typed is what is stored, and nothing else was saved
        assertThat(visits(app, campaign)).hasSize(3);
        Map<AssistanceKind, LocalDate> days = visits(app, campaign).stream()
                .collect(Collectors.toMap(VisitSummary::assistanceKind, VisitSummary::visitedOn));
        assertThat(days).containsExactlyInAnyOrderEntriesOf(Map.of(AssistanceKind.WARMTH, firstDay,
                AssistanceKind.LIVING, secondDay, AssistanceKind.MEDICAL, thirdDay));
        Map<AssistanceKind, BigDecimal> cash = visits(app, campaign).stream()
                .collect(Collectors.toMap(VisitSummary::assistanceKind, VisitSummary::cash));
        assertThat(cash.get(AssistanceKind.WARMTH)).isEqualByComparingTo("1000");
        assertThat(cash.get(AssistanceKind.LIVING)).isEqualByComparingTo("500");
        assertThat(cash.get(AssistanceKind.MEDICAL)).isEqualByComparingTo("2000");
    }

    /** Finds the household by the digits of its 身份证号, as the form is used; waits for the 慰问金 filled in. */
    private static void chooseRecipient(FxRobot robot) throws Exception {
        robot.clickOn("#visitRecipientSearch");
        selectAll(robot);
        robot.write(TestIds.FEMALE_1975.substring(6, 14));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            Object chosen = robot.lookup("#visitRecipient").queryComboBox().getValue();
            return chosen != null && String.valueOf(chosen).contains(RECIPIENT)
                    && "1000.00".equals(robot.lookup("#visitCash").queryAs(TextField.class).getText());
        });
    }

    /** Waits for the n-th visit in the database and for the form's word on it (the last thing a save sets). */
    private static void awaitSaved(FxRobot robot, AppContext app, long campaign, int n, String cash) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> visits(app, campaign).size() == n);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#visitStatus")
                .equals("已保存：" + RECIPIENT + " 慰问金 " + cash + " 元"));
        assertThat(text(robot, "#visitError")).isEmpty();
    }

    private static List<VisitSummary> visits(AppContext app, long campaign) {
        return app.visits().search(VisitQuery.ofCampaign(campaign));
    }

    /** 设置 → 上报方式: a folder (the U盘), its path typed. */
    private void setUploadFolder(FxRobot robot, AppContext app) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#tabSync");
        // the form takes typing once it shows what is stored (the last thing its load does is enable it)
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> !robot.lookup("#saveSyncSettings").queryButton().isDisabled());
        choose(robot, "#syncTransport", "文件夹（U盘、共享盘）");
        robot.clickOn("#folderPath").write(stick.toString());
        robot.clickOn("#saveSyncSettings");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "已保存".equals(text(robot, "#syncResult")));
        assertThat(app.settings().get("sync.transport")).hasValue("folder");
        assertThat(app.settings().get("sync.folder.path")).hasValue(stick.toString());
    }

    /** 报表: 送温暖统计表 of the campaign, 导出, then 上报 that very export. */
    private Submission exportAndSubmit(FxRobot robot, AppContext app, long campaign) throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#reportCampaign").queryComboBox().getValue() != null);
        choose(robot, "#reportKind", "送温暖统计表");
        choose(robot, "#reportCampaign", CAMPAIGN);
        robot.clickOn("#reportExport");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#reportStatus").startsWith("已导出"));
        @SuppressWarnings("unchecked")
        TableView<List<String>> preview = robot.lookup("#reportPreview").queryAs(TableView.class);
        assertThat(preview.getItems()).isNotEmpty();
        assertThat(preview.getItems().get(0).get(0)).contains(CAMPAIGN);
        assertThat(app.tableCounts().get("submission")).isZero();

        robot.clickOn("#reportSubmit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> text(robot, "#reportStatus").startsWith("已加入待上报"));
        List<Submission> all = app.outbox().list();
        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.campaignId()).isEqualTo(campaign);
            assertThat(s.organizationCode()).isEqualTo(ORG_CODE);
        });
        return all.get(0);
    }

    /** 上报: 立即发送, and the row says 已发送. */
    private void sendNow(FxRobot robot, AppContext app, String id) throws Exception {
        robot.clickOn("#nav-outbox");
        TableView<Submission> table = robot.lookup("#outboxTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("#sendNow");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> app.outbox().find(id).orElseThrow().state() == SubmissionState.SENT);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).state() == SubmissionState.SENT);
        // sent by 立即发送 — or, on a slow machine, by the outbox's own pass (every 5 minutes) just before it
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> text(robot, "#outboxMessage").matches("已发送 1 份，失败 0 份|没有要发送的上报"));
        assertThat(app.outbox().find(id).orElseThrow().target()).contains(stick.toString());
    }

    /** The file and its manifest arrived; the manifest's figures are the file's cells, under the 单位代码 typed. */
    private void assertTheFolderHoldsTheFileAndItsOwnFigures(String id) throws Exception {
        List<Path> arrived;
        try (Stream<Path> files = Files.walk(stick)) {
            arrived = files.filter(Files::isRegularFile).toList();
        }
        assertThat(arrived).hasSize(2);
        Path manifestFile = arrived.stream().filter(p -> p.getFileName().toString().equals("manifest-" + id + ".json"))
                .findFirst().orElseThrow();
        Path xlsx = arrived.stream().filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        assertThat(manifestFile.getParent().getFileName().toString()).startsWith(ORG_CODE);

        Manifest m = ManifestJson.read(Files.readString(manifestFile));
        assertThat(m.submissionId()).isEqualTo(id);
        assertThat(m.organizationCode()).isEqualTo(ORG_CODE);
        assertThat(m.organizationName()).isEqualTo(ORG_NAME);
        assertThat(m.campaignName()).isEqualTo(CAMPAIGN);
        assertThat(m.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo(xlsx.getFileName().toString());
            assertThat(f.sha256()).isEqualTo(Hashes.sha256(xlsx));
        });
        List<?> units = (List<?>) m.figures().get("units");
        try (XSSFWorkbook wb = TestSheets.read(xlsx)) {
            assertThat(TestSheets.compareWithCells(wb.getSheetAt(0), units, StatFields.warmthStats()))
                    .isEqualTo(units.size() * StatFields.warmthStats().size());
        }
        // the figures are the day's: one 深度困难 household, three visits, 3,500 元 = 0.35 万元
        Map<?, ?> self = (Map<?, ?>) units.get(0);
        assertThat(self.get("name")).isEqualTo(ORG_NAME);
        assertThat(new BigDecimal(self.get(StatFields.VISIT_COUNT).toString())).isEqualByComparingTo("3");
        assertThat(new BigDecimal(self.get(StatFields.HARDSHIP_HOUSEHOLDS).toString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(self.get(StatFields.DEEP_HOUSEHOLDS).toString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(self.get(StatFields.TOTAL_AMOUNT).toString())).isEqualByComparingTo("0.35");
    }
}
