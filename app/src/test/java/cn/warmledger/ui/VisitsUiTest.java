package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.shell.Section;

/** The 走访慰问 screen on a real H2 file, headless: keyboard entry, 集中慰问 and the double-payment guard. */
@ExtendWith(ApplicationExtension.class)
class VisitsUiTest {
    /** Seconds to wait for background work: generous, the build machine is shared. */
    static final long WAIT = 30;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;
    long campaign;
    long hanLei;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        campaign = TestCampaigns.openCampaign(app);
        hanLei = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void aClerkRecordsAVisitWithTheKeyboardAlone(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#visitsTable").tryQuery()
                .map(Node::isFocused).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> focusedId(robot).equals("visitRecipientSearch"));
        // every key goes through the (glass) keyboard to the focused window: the 身份证号's last 12 digits
        typeDigits(robot, "196201010074");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> "1000.00".equals(robot.lookup("#visitCash").queryAs(TextField.class).getText()));
        for (int i = 0; i < 15 && !focusedId(robot).equals("visitCash"); i++) {
            robot.type(KeyCode.ENTER);
        }
        assertThat(focusedId(robot)).isEqualTo("visitCash");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        typeDigits(robot, "1200");
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> visitsTable(robot).getItems().size() == 1);
        VisitSummary v = app.visits().search(VisitQuery.ofCampaign(campaign)).get(0);
        assertThat(v.recipientName()).isEqualTo("韩雷");
        assertThat(v.cash()).isEqualByComparingTo("1200.00");
        assertThat(v.visitedOn()).isEqualTo(LocalDate.now());
        assertThat(v.hardshipType()).isEqualTo(HardshipType.DEEP);
        assertThat(robot.lookup("#visitStatus").queryAs(Label.class).getText()).contains("已保存").contains("韩雷");
        // the form is ready for the next recipient; Esc closes it
        assertThat(focusedId(robot)).isEqualTo("visitRecipientSearch");
        assertThat(robot.lookup("#visitCash").queryAs(TextField.class).getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#visitRecipientSearch").tryQuery().isEmpty());
        assertThat(robot.lookup("#visitsTotals").queryAs(Label.class).getText()).contains("共 1 条")
                .contains("慰问金 1200.00 元");
    }

    @Test
    void batchRecordsTwentyVisitsAndTheTotalsShowThem(FxRobot robot) throws Exception {
        for (int i = 0; i < 19; i++) {
            app.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(100 + i), "职工" + (i + 1),
                    i % 2 == 0 ? HardshipType.DEEP : HardshipType.RELATIVE, FileStatus.ACTIVE));
        }
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        robot.clickOn("#batchVisits");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#batchCandidates").tryQuery().isPresent() && table(robot, "#batchCandidates")
                        .getItems().size() == 20);
        robot.clickOn("#batchSelectAll");
        robot.clickOn("#batchPreview");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchLines").getItems().size() == 20);
        // the list is filled before its listeners run (the totals line among them): wait for the last one
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#batchTotals").queryAs(Label.class).getText().contains("共 20 人"));
        // 11 深度困难 × 1000 + 9 相对困难 × 800
        assertThat(robot.lookup("#batchTotals").queryAs(Label.class).getText()).contains("共 20 人")
                .contains("慰问金 18200.00 元");
        robot.clickOn("#batchCommit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchLines").getItems().isEmpty());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchCandidates").getItems().isEmpty());
        robot.clickOn("#batchClose");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> visitsTable(robot).getItems().size() == 20);
        assertThat(robot.lookup("#visitsTotals").queryAs(Label.class).getText()).contains("共 20 条")
                .contains("慰问金 18200.00 元");
        List<VisitSummary> saved = app.visits().search(VisitQuery.ofCampaign(campaign));
        assertThat(saved).hasSize(20).allSatisfy(v -> assertThat(v.form().label()).isEqualTo("集中慰问"));
    }

    /**
     * Issue 15, point 7: two of five already had this campaign's 慰问. They are marked in the preview with why;
     * 全部保存 saves the three others and says so; one reason then saves the two with it.
     */
    @Test
    void batchMarksTheFlaggedSavesTheOthersAndSaysHowManyAndHowMuch(FxRobot robot) throws Exception {
        long second = app.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(200), "曹二",
                HardshipType.DEEP, FileStatus.ACTIVE));
        for (int i = 0; i < 3; i++) {
            app.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(201 + i), "职工" + (i + 1),
                    HardshipType.DEEP, FileStatus.ACTIVE));
        }
        app.visits().save(TestCampaigns.visit(hanLei, campaign, LocalDate.now(), "1000"));
        app.visits().save(TestCampaigns.visit(second, campaign, LocalDate.now(), "1000"));
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        robot.clickOn("#batchVisits");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#batchCandidates").tryQuery().isPresent()
                && table(robot, "#batchCandidates").getItems().size() == 3);
        // the search box shows its whole prompt in the window as it opens
        TextField search = robot.lookup("#batchSearch").queryAs(TextField.class);
        assertThat(search.getWidth()).isGreaterThanOrEqualTo(search.prefWidth(-1) - 0.5);
        robot.clickOn("#batchOnlyNotVisited");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchCandidates").getItems().size() == 5);
        robot.clickOn("#batchSelectAll");
        robot.clickOn("#batchPreview");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchLines").getItems().size() == 5);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#batchRemoveFlagged").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        // the two rows are marked, their 提示 says why (each scrolled into view: the preview shows a few rows)
        List<String> marked = new java.util.ArrayList<>();
        List<String> why = new java.util.ArrayList<>();
        TableView<?> lines = table(robot, "#batchLines");
        for (int i = 0; i < 5; i++) {
            int row = i;
            robot.interact(() -> lines.scrollTo(row));
            Object item = lines.getItems().get(i);
            robot.lookup("#batchLines .table-row-cell").queryAll().stream()
                    .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() == item)
                    .filter(r -> r.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("flagged")))
                    .forEach(r -> {
                        marked.add(((cn.warmledger.service.visits.BatchVisits.Line) item).name());
                        r.lookupAll(".table-cell").stream().map(c -> ((Labeled) c).getText())
                                .filter(t -> t != null && t.startsWith("本活动已有同类慰问")).forEach(why::add);
                    });
        }
        assertThat(marked).containsExactlyInAnyOrder("韩雷", "曹二");
        assertThat(why).hasSize(2);

        robot.clickOn("#batchCommit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchLines").getItems().size() == 2);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#batchSaved").queryAs(Label.class)
                .getText().startsWith("已保存"));
        assertThat(robot.lookup("#batchSaved").queryAs(Label.class).getText())
                .isEqualTo("已保存 3 条，慰问金合计 3000.00 元；2 行已标记、未保存，见“提示”列");
        assertThat(robot.lookup("#batchError").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#batchReason").write("春节前补发");
        robot.clickOn("#batchCommit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot, "#batchLines").getItems().isEmpty());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#batchSaved").queryAs(Label.class)
                .getText().equals("已保存 2 条，慰问金合计 2000.00 元"));
        robot.clickOn("#batchClose");
        List<VisitSummary> saved = app.visits().search(VisitQuery.ofCampaign(campaign));
        assertThat(saved).hasSize(7);
        assertThat(saved.stream().filter(v -> "春节前补发".equals(v.duplicateReason())).map(VisitSummary::recipientName))
                .containsExactlyInAnyOrder("韩雷", "曹二");
    }

    @Test
    void aSecondVisitWarnsAndACancelledConfirmationWritesNothing(FxRobot robot) throws Exception {
        app.visits().save(TestCampaigns.visit(hanLei, campaign, LocalDate.now(), "1000"));
        robot.interact(() -> ui.window.main().show(Section.VISITS));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> visitsTable(robot).getItems().size() == 1);
        robot.clickOn("#recordVisit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#visitRecipientSearch").tryQuery()
                .isPresent());
        robot.clickOn("#visitRecipientSearch").write("韩雷");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> "1000.00".equals(robot.lookup("#visitCash").queryAs(TextField.class).getText()));
        robot.clickOn("#saveVisit");
        // one dialog: who was visited when, the reason box, 仍然保存 (waiting for a reason) and 取消
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#reasonField").tryQuery().isPresent());
        assertThat(robot.lookup("#reasonMessage").queryAs(Label.class).getText())
                .contains("韩雷").contains("已有").contains("送温暖").contains("原因");
        assertThat(dialogButton(robot, "仍然保存").isDisabled()).isTrue();
        robot.clickOn(dialogButton(robot, "取消"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#visitError").queryAs(Label.class).getText().contains("已取消"));
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).hasSize(1);

        // with a reason, 仍然保存 saves it and it is listed as 重复慰问
        robot.clickOn("#saveVisit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#reasonField")
                .match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#reasonField").match(Node::isVisible).<Node>query()).write("家中失火，追加慰问");
        robot.clickOn(dialogButton(robot, "仍然保存"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> app.visits().search(VisitQuery.ofCampaign(campaign)).size() == 2);
        assertThat(app.visits().duplicates(campaign)).extracting(VisitSummary::duplicateReason)
                .contains("家中失火，追加慰问");
    }

    /** The id of the focused control (or its nearest parent with an id) in the newest focused window. */
    private static void typeDigits(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }

    /** The button of the dialog now showing (closed dialogs may still be in the scene graph). */
    private static javafx.scene.control.Button dialogButton(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> showingButton(robot, text) != null);
        return showingButton(robot, text);
    }

    private static javafx.scene.control.Button showingButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").<javafx.scene.control.Button>queryAll().stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && b.getScene() != null
                        && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static String focusedId(FxRobot robot) {
        List<Window> focused = Window.getWindows().stream().filter(Window::isFocused).toList();
        return focused.stream().skip(Math.max(0, focused.size() - 1)).findFirst()
                .map(w -> w.getScene().getFocusOwner()).map(n -> {
                    Node node = n;
                    while (node != null && node.getId() == null) {
                        node = node.getParent();
                    }
                    return node == null ? "" : node.getId();
                }).orElse("");
    }

    private static TableView<VisitSummary> visitsTable(FxRobot robot) {
        return robot.lookup("#visitsTable").queryTableView();
    }

    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }
}
