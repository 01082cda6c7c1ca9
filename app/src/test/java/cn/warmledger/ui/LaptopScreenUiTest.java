package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.shell.WindowPlacement;

/**
 * Issue 15 at a township laptop's 1366×768 (Monocle's screen in this build): the main window's size and place,
 * dialogs owned by it and centred on it within the screen, and on the demo data 慰问对象, 走访慰问, 活动 and 报表
 * showing every button, header, cell and label whole — a Labeled's text compared with the text it renders.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopScreenUiTest {
    static final long WAIT = 60;
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        app = AppContext.open(new AppPaths(dir.resolve("fresh" + System.nanoTime())));
        ui = ShownWindow.show(stage, app, WIDTH, HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ui.close();
        app.close();
    }

    @Test
    void theMainWindowOpensWithinTheScreenAndReopensWhereTheClerkLeftIt(FxRobot robot) throws Exception {
        Preferences store = Preferences.userRoot().node("cn/warmledger/test/placement" + System.nanoTime());
        try {
            Placed first = onFx(() -> shownPlaced(store));
            // never the 200×200 of a window shown without a size; never beyond the 1366×768 screen
            assertThat(first.stage().getWidth()).isEqualTo(1280);
            assertThat(first.stage().getHeight()).isEqualTo(HEIGHT);
            assertThat(first.stage().getX()).isEqualTo((WIDTH - 1280) / 2);
            robot.interact(() -> {
                first.stage().setX(40);
                first.stage().setY(30);
                first.stage().setWidth(1000);
                first.stage().setHeight(700);
                first.placement().remember(first.stage());
                first.stage().close();
            });

            Placed second = onFx(() -> shownPlaced(store));
            Stage s = second.stage();
            assertThat(List.of(s.getX(), s.getY(), s.getWidth(), s.getHeight()))
                    .containsExactly(40.0, 30.0, 1000.0, 700.0);
            robot.interact(() -> {
                s.setMaximized(true);
                second.placement().remember(s);
                s.close();
            });
            Placed third = onFx(() -> shownPlaced(store));
            assertThat(third.stage().isMaximized()).isTrue();
            robot.interact(() -> {
                // un-maximized, it returns to the size the clerk had chosen
                third.stage().setMaximized(false);
                third.stage().close();
            });
            assertThat(store.getDouble("width", 0)).isEqualTo(1000.0);
        } finally {
            store.removeNode();
        }
    }

    @Test
    void aDialogIsOwnedByTheMainWindowCentredOnItAndNeverTallerThanTheScreen(FxRobot robot) throws Exception {
        Stage main = ui.stage();
        VBox tall = new VBox(new Label("表单"));
        tall.setPrefSize(700, 2000);
        onFx(() -> ui.dialogs().openModal("测试", window -> tall));
        Stage dialog = (Stage) robot.window("测试");
        assertThat(dialog.getOwner()).isSameAs(main);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(HEIGHT);
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(0);
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(main.getX() + main.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));
        assertThat(main.getWidth()).isEqualTo(WIDTH);
        // modal by the façade (a natively modal window un-maximized its owner under openbox): the main window
        // takes no click while the dialog shows
        Button demo = robot.lookup("#setupDemo").queryButton();
        robot.interact(() -> {
            demo.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED));
            demo.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED));
        });
        robot.interact(() -> main.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER, false, false,
                false, false)));
        assertThat(demo.isDisabled()).isFalse();
        assertThat(dialog.isShowing()).isTrue();
        robot.interact(dialog::close);
        robot.clickOn("#setupDemo");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent());
    }

    @Test
    void theDemoScreensShowEveryTextWholeAt1366(FxRobot robot) throws Exception {
        openDemo(robot);
        for (String section : List.of("recipients", "visits", "campaigns")) {
            robot.clickOn("#nav-" + section);
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".table-view").queryAll().stream()
                    .anyMatch(t -> t.isVisible() && !((TableView<?>) t).getItems().isEmpty()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> elided(ui.stage().getScene().getRoot()))).as(section).isEmpty();
        }
    }

    @Test
    void reportsKeepTheirButtonsWholeAndTheirExportWhenTheClerkComesBack(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#reportCampaign").queryAs(ComboBox.class).getValue() != null);
        Object campaign = robot.lookup("#reportCampaign").queryAs(ComboBox.class).getValue();
        robot.clickOn("#reportExport");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#reportOpenFile").tryQuery()
                .filter(Node::isVisible).isPresent() && !robot.lookup("#reportSubmit").query().isDisabled());
        List<String> buttons = List.of("#reportPreviewButton", "#reportExport", "#reportPrint", "#reportSubmit",
                "#reportCancel", "#reportOpenFile", "#reportOpenFolder");
        // the result line turns visible before the next layout pulse gives its buttons a width
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> buttons.stream()
                .allMatch(id -> robot.lookup(id).queryButton().getWidth() > 0));
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#reportStatus").queryAs(Label.class).getText();
        assertThat(status).startsWith("已导出：").endsWith(".xlsx");
        for (String id : buttons) {
            Button b = robot.lookup(id).queryButton();
            assertThat(b.getWidth()).as(id).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        // the path has a line of its own: below the buttons, not beside them
        assertThat(robot.lookup("#reportStatus").query().localToScene(0, 0).getY())
                .isGreaterThan(robot.lookup("#reportExport").query().localToScene(0, 0).getY() + 10);
        assertThat(onFx(() -> elided(robot.lookup("#reportExport").query().getParent()))).isEmpty();

        robot.clickOn("#nav-home");
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportOpenFile").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reportStatus").queryAs(Label.class).getText()).isEqualTo(status);
        assertThat(robot.lookup("#reportCampaign").queryAs(ComboBox.class).getValue()).isEqualTo(campaign);
        assertThat(robot.lookup("#reportSubmit").query().isDisabled()).isFalse();
    }

    private void openDemo(FxRobot robot) throws Exception {
        robot.clickOn("#setupDemo");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#recipientTable").tryQuery().isPresent()
                && !robot.lookup("#recipientTable").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.input.MouseEvent mouse(
            javafx.event.EventType<javafx.scene.input.MouseEvent> type) {
        return new javafx.scene.input.MouseEvent(type, 5, 5, 5, 5,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false,
                type == javafx.scene.input.MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT, TimeUnit.SECONDS);
    }

    private record Placed(Stage stage, WindowPlacement placement) {
    }

    private static Placed shownPlaced(Preferences store) {
        Stage s = new Stage();
        s.setScene(new Scene(new StackPane(new Label("窗口")), 300, 200));
        WindowPlacement placement = new WindowPlacement(store);
        placement.place(s);
        s.show();
        return new Placed(s, placement);
    }

    /** Each visible Labeled under {@code root} whose rendered text is not its whole text, as "text → shown". */
    static List<String> elided(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isBlank()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !t.getText().equals(l.getText())) {
                        found.add(l.getText() + " → " + t.getText());
                    }
                }
            }
        }
        return found;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && !(n instanceof Region r && r.getWidth() <= 0);
    }
}
