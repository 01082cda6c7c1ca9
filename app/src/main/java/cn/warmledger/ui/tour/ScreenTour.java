package cn.warmledger.ui.tour;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The screenshot tour of scripts/screens.sh (issue 15): with {@code -Dwarmledger.screens=true} the window walks
 * itself through every screen and main dialog — sign-in, first run, 试用演示数据, then each section — and before
 * each picture prints {@code screen<TAB>NAME} on stdout and waits for a line on stdin (the script takes the
 * picture of the whole X screen, window manager included, then answers). A screen that does not appear within
 * its time prints {@code missing<TAB>NAME}; the tour ends with {@code tour-done<TAB>N missing} and exits.
 * It drives the real views by their ids, as a clerk's clicks would; it is a developer's tool, never on by default.
 */
public final class ScreenTour {
    private static final long WAIT_MS = 30_000;
    /** After the awaited node shows: time for background loads and layout to finish before the picture. */
    private static final long SETTLE_MS = 1_200;
    private final Stage main;
    private final BufferedReader acks = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private final List<String> missing = new ArrayList<>();

    private ScreenTour(Stage main) {
        this.main = main;
    }

    /** Starts the tour beside the FX thread when the system property asks for it. */
    public static void startIfAsked(Stage main) {
        if (Boolean.getBoolean("warmledger.screens")) {
            Thread t = new Thread(new ScreenTour(main)::run, "screen-tour");
            t.setDaemon(true);
            t.start();
        }
    }

    private void run() {
        try {
            walk();
        } catch (RuntimeException | InterruptedException e) {
            System.out.println("missing\ttour (" + e + ")");
            missing.add("tour");
        }
        System.out.println("tour-done\t" + missing.size() + " missing");
        System.out.flush();
        Platform.runLater(Platform::exit);
    }

    private void walk() throws InterruptedException {
        String password = System.getenv().getOrDefault("WARMLEDGER_PASSWORD", "Tour-2026-demo");
        if (shot("01-signin", "signInOperator")) {
            // the first sign-in page's folded 数据保存在哪里, opened on 单位服务器 (nothing saved), then folded again
            fx(() -> expand("signInDatabase", true));
            fx(() -> press("dbServer"));
            shot("01b-signin-database-choice", "dbHost");
            fx(() -> {
                press("dbLocal");
                expand("signInDatabase", false);
            });
            fx(() -> {
                text("signInOperator", "张会计");
                text("signInPassword", password);
                text("signInConfirm", password);
                press("signInSubmit");
            });
        }
        if (shot("02-first-run", "setupOrgName")) {
            fire("setupDemo");
        }
        shot("03-home", "nav-home");
        section("recipients", "04-recipients", "recipientSearch");
        // from here on the main window is maximized, as on many a laptop: a dialog must leave it so
        fx(() -> main.setMaximized(true));
        shot("04b-recipients-maximized", "recipientSearch");
        dialog("addRecipient", "05-recipient-new", "saveRecipient");
        fx(() -> selectFirstRow("recipientTable"));
        dialog("editRecipient", "06-recipient-edit-hardship-file", "saveRecipient");
        dialog("importRecipients", "07-import-wizard-step1", "chooseImportFile");
        section("recycle_bin", "08-recycle-bin", "recipientSearch");
        section("visits", "09-visits", "recordVisit");
        dialog("recordVisit", "10-visit-new", "saveVisit");
        duplicateVisit();
        batch();
        dialog("importVisits", "12-import-visits-step1", "chooseImportFile");
        section("campaigns", "13-campaigns", "campaignsTable");
        dialog("addCampaign", "14-campaign-form", "saveCampaign");
        section("enterprises", "15-enterprises", "enterprisesTable");
        dialog("addEnterprise", "16-enterprise-form", "saveEnterprise");
        section("reports", "17-reports", "reportPreviewButton");
        fire("reportPreviewButton");
        shot("18-reports-preview", "reportPreviewInfo");
        fire("reportExport");
        shot("19-reports-exported", "reportOpenFile");
        fire("nav-home");
        section("reports", "19b-reports-back-again", "reportOpenFile");
        section("outbox", "20-outbox", "sendNow");
        section("consolidation", "21-consolidation", "collectNow");
        section("settings", "22-settings-org", "settingsTabs");
        for (String[] tab : new String[][] {{"tabSync", "23-settings-sync"}, {"tabUnits", "24-settings-units"},
                {"tabCollect", "25-settings-collect"}, {"tabDatabase", "25b-settings-database"}}) {
            fx(() -> selectTab("settingsTabs", tab[0]));
            shot(tab[1], "settingsTabs");
        }
        dialog("openMoveIn", "25c-move-in-dialog", "moveAddress"); // 设置 → 数据库 → 迁移到单位服务器…
        section("audit_log", "26-audit-log", "auditTable");
        auditEntry();
        section("data_safety", "27-data-safety", "safetyBackupNow");
        section("home", "28-home-again", "nav-home");
    }

    /** 登记慰问 for someone the demo campaign has visited already: the double-payment guard's dialog. */
    private void duplicateVisit() throws InterruptedException {
        Platform.runLater(() -> press("recordVisit"));
        if (await("visitRecipientSearch", n -> true)) {
            fx(() -> text("visitRecipientSearch", "刘德明"));
        }
        if (await("visitCash", n -> n instanceof TextInputControl t && !t.getText().isBlank())) {
            fire("saveVisit");
            shot("10b-duplicate-visit-dialog", "reasonField");
        }
        fx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
    }

    /** 操作日志: the first entry with changed fields, as its table of changes, then with 详细 open. */
    private void auditEntry() throws InterruptedException {
        if (!await("auditTable", n -> n instanceof TableView<?> t && !t.getItems().isEmpty())) {
            return;
        }
        fx(() -> {
            if (find("auditTable") instanceof TableView<?> t && find("auditChanges") instanceof TableView<?> changes) {
                for (int i = 0; i < t.getItems().size() && changes.getItems().isEmpty(); i++) {
                    t.getSelectionModel().select(i);
                }
            }
        });
        shot("26b-audit-log-entry", "auditChanges");
        fire("auditRawToggle");
        shot("26c-audit-log-detail", "auditDetail");
    }

    /** 集中慰问, then its preview of everyone with the already-visited lines flagged (issue 15, point 7). */
    private void batch() throws InterruptedException {
        Platform.runLater(() -> press("batchVisits"));
        shot("11-batch-visits", "batchCommit");
        fire("batchOnlyNotVisited");
        if (await("batchCandidates", n -> n instanceof TableView<?> t && t.getItems().size() > 6)) {
            fire("batchSelectAll");
            fire("batchPreview");
            shot("11b-batch-visits-flagged", "batchRemoveFlagged");
        }
        fx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
    }

    private void section(String name, String shot, String awaited) throws InterruptedException {
        fire("nav-" + name);
        shot(shot, awaited);
    }

    /** Opens a dialog by its button, pictures it, closes every window but the main one. */
    private void dialog(String button, String shot, String awaited) throws InterruptedException {
        // fired later, not waited for: a dialog shown with showAndWait returns only when it is closed
        Platform.runLater(() -> {
            if (find(button) instanceof ButtonBase b) {
                b.fire();
            }
        });
        shot(shot, awaited);
        System.out.println("info\t" + shot + ": main window maximized " + onFx(main::isMaximized) + ", "
                + onFx(() -> main.getX() + "," + main.getY() + " " + main.getWidth() + "x" + main.getHeight()));
        fx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
    }

    /** Waits for the node, lets the screen settle, asks for the picture; false when the node never came. */
    private boolean shot(String name, String awaited) throws InterruptedException {
        return shot(name, awaited, n -> true);
    }

    private boolean shot(String name, String awaited, java.util.function.Predicate<Node> ready)
            throws InterruptedException {
        if (!await(awaited, ready)) {
            System.out.println("missing\t" + name + " (no #" + awaited + ")");
            missing.add(name);
            picture(name + "-NOT-REACHED"); // what showed instead
            return false;
        }
        Thread.sleep(SETTLE_MS);
        onFx(() -> true); // one more pulse after the settle time
        picture(name);
        return true;
    }

    /** Waits until the node shows and is ready; false after {@link #WAIT_MS}. */
    private static boolean await(String id, java.util.function.Predicate<Node> ready) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MS;
        while (onFx(() -> find(id) == null || !ready.test(find(id)))) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Asks the script for a picture of the screen and waits for its answer. */
    private void picture(String name) {
        System.out.println("screen\t" + name);
        System.out.flush();
        try {
            if (acks.readLine() == null) {
                throw new IllegalStateException("no answer on stdin");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node find(String id) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().lookup("#" + id);
                if (n != null && n.isVisible()) {
                    return n;
                }
            }
        }
        return null;
    }

    private static void fire(String id) {
        fx(() -> press(id));
    }

    /** On the FX thread: presses the button as a click would. */
    private static void press(String id) {
        if (find(id) instanceof ButtonBase b) {
            b.fire();
        }
    }

    private static void expand(String id, boolean expanded) {
        if (find(id) instanceof javafx.scene.control.TitledPane t) {
            t.setExpanded(expanded);
        }
    }

    private static void text(String id, String value) {
        if (find(id) instanceof TextInputControl t) {
            t.setText(value);
        }
    }

    private static void selectFirstRow(String id) {
        if (find(id) instanceof TableView<?> t && !t.getItems().isEmpty()) {
            t.getSelectionModel().select(0);
        }
    }

    private static void selectTab(String pane, String tab) {
        if (find(pane) instanceof TabPane p) {
            p.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(p.getSelectionModel()::select);
        }
    }

    private static void fx(Runnable r) {
        onFx(() -> {
            r.run();
            return true;
        });
    }

    private static <T> T onFx(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
