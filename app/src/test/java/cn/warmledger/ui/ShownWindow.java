package cn.warmledger.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

import cn.warmledger.service.AppContext;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;

/** The real window of a data folder on the TestFX stage, wired as the application wires it; closed after each test. */
final class ShownWindow implements AutoCloseable {
    final BackgroundTasks tasks = new BackgroundTasks();
    final AppWindow window;

    private ShownWindow(Stage stage, AppContext app) {
        Dialogs dialogs = new Dialogs();
        dialogs.setOwner(stage);
        Theme.applyUserAgent();
        window = new AppWindow(app, tasks, dialogs);
        Scene scene = new Scene(window.root(), 1200, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    static ShownWindow show(Stage stage, AppContext app) {
        return new ShownWindow(stage, app);
    }

    @Override
    public void close() {
        tasks.close();
        window.close();
    }
}
