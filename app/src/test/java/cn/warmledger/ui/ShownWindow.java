package cn.warmledger.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import cn.warmledger.service.AppContext;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;

/**
 * The real window of a data folder on the TestFX stage, wired as the application wires it; closed after each
 * test. From the moment it shows until it closes, the database may not be touched on the FX thread: every
 * connection taken there is recorded with its stack, and {@link #close()} fails the test that did it
 * (issue 14, point 6: nothing that can block runs on the FX thread).
 */
final class ShownWindow implements AutoCloseable {
    final BackgroundTasks tasks = new BackgroundTasks();
    final AppWindow window;
    private final AppContext app;
    private final List<Throwable> onFxThread = new ArrayList<>();

    private ShownWindow(Stage stage, AppContext app) {
        this.app = app;
        Dialogs dialogs = new Dialogs();
        dialogs.setOwner(stage);
        Theme.applyUserAgent();
        app.checkEachDatabaseAccess(() -> {
            if (Platform.isFxApplicationThread()) {
                synchronized (onFxThread) {
                    onFxThread.add(new IllegalStateException("database work on the FX thread"));
                }
            }
        });
        window = new AppWindow(app, tasks, dialogs);
        Scene scene = new Scene(window.root(), 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        awaitFirstPage();
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
        return new ShownWindow(stage, app);
    }

    @Override
    public void close() {
        tasks.close();
        window.close();
        app.checkEachDatabaseAccess(null);
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
