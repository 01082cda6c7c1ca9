package cn.warmledger.ui;

import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import cn.warmledger.service.AppContext;
import cn.warmledger.service.AppPaths;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;

/** The JavaFX application: shows the window at once and opens the database beside it. */
public final class WarmLedgerApp extends Application {
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final Dialogs dialogs = new Dialogs();
    private AppContext app;

    public static void launchWith(String[] args) {
        Application.launch(WarmLedgerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        java.util.Locale.setDefault(cn.warmledger.domain.Messages.LOCALE);
        Theme.applyUserAgent();
        VBox opening = new VBox(12, new ProgressIndicator(), new Label(Texts.get("app.opening")));
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        Scene scene = new Scene(opening, 1200, 760);
        Theme.style(scene);
        stage.setTitle(Texts.get("app.name"));
        stage.setScene(scene);
        dialogs.setOwner(stage);
        dialogs.setHostServices(getHostServices());
        stage.show();
        String dataDir = dataDirArgument(getParameters().getRaw());
        tasks.submit("open-database", p -> AppContext.open(AppPaths.resolve(dataDir)), opened -> {
            app = opened;
            scene.setRoot(new AppWindow(opened, tasks, dialogs).root());
            Theme.style(scene);
        }, e -> {
            dialogs.error(Texts.get("app.openFailed"), e.getMessage());
            Platform.exit();
        });
    }

    static String dataDirArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--data-dir") && i + 1 < raw.size()) {
                return raw.get(i + 1);
            }
            if (a.startsWith("--data-dir=")) {
                return a.substring("--data-dir=".length());
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (app != null) {
            app.close();
        }
        tasks.close();
    }
}
