package cn.warmledger.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;
import cn.warmledger.ui.signin.SignInView;
import cn.warmledger.ui.signin.SignInViewModel;

/**
 * The real window of a data folder on the TestFX stage, wired as the application wires it; closed after each
 * test. From the moment it shows until it closes, the database may not be touched on the FX thread: every
 * connection taken there is recorded with its stack, and {@link #close()} fails the test that did it
 * (issue 14, point 6: nothing that can block runs on the FX thread).
 */
final class ShownWindow implements AutoCloseable {
    final BackgroundTasks tasks = new BackgroundTasks();
    /** The window of the opened folder; after {@link #signIn}, null until the sign-in page has opened it. */
    AppWindow window;
    private final Stage stage;
    private final Scene scene;
    private final Dialogs dialogs = new Dialogs();
    private AppContext app;
    /** True when the folder was opened here (by the sign-in page), so closed here too. */
    private boolean ownsApp;
    private final List<Throwable> onFxThread = new ArrayList<>();
    /** The server sign-in page, whose opened database is closed with the window if nobody signed in. */
    private cn.warmledger.ui.signin.ServerSignInViewModel signInPage;

    private ShownWindow(Stage stage, double width, double height) {
        this.stage = stage;
        dialogs.setOwner(stage);
        stage.setTitle(cn.warmledger.ui.common.Texts.get("app.name")); // as WarmLedgerApp titles it
        Theme.applyUserAgent();
        scene = new Scene(new javafx.scene.layout.StackPane(), width, height);
        stage.setScene(scene);
    }

    /** Shows the window of {@code app}, wired as the application wires it once signed in. */
    private void open(AppContext opened) {
        app = opened;
        app.checkEachDatabaseAccess(() -> {
            if (Platform.isFxApplicationThread()) {
                synchronized (onFxThread) {
                    onFxThread.add(new IllegalStateException("database work on the FX thread"));
                }
            }
        });
        window = new AppWindow(app, tasks, dialogs);
        scene.setRoot(window.root());
        Theme.style(scene);
    }

    /**
     * The window reads the folder off the FX thread before it shows a page. @Start runs on the FX thread, so it
     * waits in a nested event loop (which keeps the FX thread running the results) rather than blocking it.
     */
    private void awaitFirstPage() {
        if (window.readyProperty().get()) {
            return;
        }
        Object key = new Object();
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean ready) {
                if (ready) {
                    window.readyProperty().removeListener(this);
                    Platform.exitNestedEventLoop(key, null);
                }
            }
        };
        window.readyProperty().addListener(once);
        Platform.enterNestedEventLoop(key);
    }

    static ShownWindow show(Stage stage, AppContext app) {
        ShownWindow shown = new ShownWindow(stage, 1200, 760);
        shown.open(app);
        stage.show();
        shown.awaitFirstPage();
        return shown;
    }

    /** {@link #show(Stage, AppContext)} in a window of {@code width}×{@code height} at the screen's corner. */
    static ShownWindow show(Stage stage, AppContext app, double width, double height) {
        ShownWindow shown = new ShownWindow(stage, width, height);
        shown.open(app);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        shown.awaitFirstPage();
        return shown;
    }

    /** The window's dialogs façade (owned by the stage). */
    Dialogs dialogs() {
        return dialogs;
    }

    /**
     * The sign-in page of the data folder at {@code paths} in a window of {@code width}×{@code height}, as
     * {@code WarmLedgerApp} shows it: a new folder asks for the operator and a password, opens (and encrypts) the
     * database off the FX thread, then shows the window, whose first page is the first-run page. The folder opened
     * is closed by {@link #close()}; {@link #app()} is null until then.
     */
    static ShownWindow signIn(Stage stage, AppPaths paths, double width, double height) {
        ShownWindow shown = new ShownWindow(stage, width, height);
        SignInViewModel signIn = new SignInViewModel(paths, AppContext.folderState(paths), shown.tasks,
                AppContext::open);
        shown.scene.setRoot(new SignInView(signIn, shown.dialogs, opened -> {
            shown.ownsApp = true;
            shown.open(opened.app());
        }).root());
        Theme.style(shown.scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return shown;
    }

    /**
     * The sign-in page of the office's server as {@code WarmLedgerApp} shows it (issue 18): {@code opener} opens the
     * database while the page waits, the operator's account is checked, then the window shows. The database opened
     * is closed by {@link #close()}.
     */
    static ShownWindow serverSignIn(Stage stage, cn.warmledger.ui.signin.ServerSignInViewModel.Opener opener,
                                    double width, double height) {
        ShownWindow shown = new ShownWindow(stage, width, height);
        cn.warmledger.ui.signin.ServerSignInViewModel signIn = new cn.warmledger.ui.signin.ServerSignInViewModel(
                "127.0.0.1:5432/warmledger", shown.tasks, opener, cn.warmledger.ui.signin.LastOperator.none());
        shown.signInPage = signIn;
        shown.scene.setRoot(new cn.warmledger.ui.signin.ServerSignInView(signIn, opened -> {
            shown.ownsApp = true;
            shown.open(opened);
        }).root());
        Theme.style(shown.scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return shown;
    }

    /** The opened folder (null before the sign-in page has opened it). */
    AppContext app() {
        return app;
    }

    /** The stage the window is shown on. */
    Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        tasks.close();
        if (signInPage != null) {
            signInPage.leave();
        }
        if (window != null) {
            window.close();
        }
        if (app != null) {
            app.checkEachDatabaseAccess(null);
            if (ownsApp) {
                app.close();
            }
        }
        synchronized (onFxThread) {
            if (!onFxThread.isEmpty()) {
                AssertionError e = new AssertionError(onFxThread.size() + " database access(es) on the FX thread;"
                        + " the first one's stack is the cause");
                e.initCause(onFxThread.get(0));
                throw e;
            }
        }
    }
}
