package cn.warmledger.ui;

import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.common.BackgroundTasks;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.AppWindow;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.settings.ConnectionFile;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.ui.settings.DatabaseSettingsView;
import cn.warmledger.ui.settings.DatabaseSettingsViewModel;
import cn.warmledger.ui.signin.LastOperator;
import cn.warmledger.ui.signin.ServerSignInView;
import cn.warmledger.ui.signin.ServerSignInViewModel;
import cn.warmledger.ui.signin.SignInView;
import cn.warmledger.ui.signin.SignInViewModel;

/** The JavaFX application: shows the window at once and opens the database beside it. */
public final class WarmLedgerApp extends Application {
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final Dialogs dialogs = new Dialogs();
    private AppContext app;
    private AppWindow window;
    private final cn.warmledger.ui.shell.WindowPlacement placement;
    /** The person's own java.util.prefs, or none for a measuring run or a test (ui.common.UserPreferences). */
    private final LastOperator lastOperator;
    private Stage stage;

    public WarmLedgerApp() {
        this(cn.warmledger.ui.shell.WindowPlacement.forUser(), LastOperator.forUser());
    }

    /** Tests: the start pages with stores of their own, never the user's. */
    WarmLedgerApp(cn.warmledger.ui.shell.WindowPlacement placement, LastOperator lastOperator) {
        this.placement = placement;
        this.lastOperator = lastOperator;
    }

    public static void launchWith(String[] args) {
        Application.launch(WarmLedgerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        java.util.Locale.setDefault(cn.warmledger.domain.Messages.LOCALE);
        Theme.applyUserAgent();
        VBox opening = new VBox(12, new ProgressIndicator(), new Label(Texts.get("app.opening")));
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        this.stage = stage;
        Scene scene = new Scene(opening);
        Theme.style(scene);
        stage.setTitle(Texts.get("app.name"));
        stage.setScene(scene);
        dialogs.setOwner(stage);
        dialogs.setHostServices(getHostServices());
        placement.place(stage);
        stage.show();
        reportStartup();
        cn.warmledger.ui.tour.ScreenTour.startIfAsked(stage);
        String dataDir = dataDirArgument(getParameters().getRaw());
        showSignIn(scene, AppPaths.resolve(dataDir), true);
    }

    /**
     * The sign-in page for where the data is (the connection file, docs/decisions/18-3): the office's server asks for
     * the operator's own account; 本机数据库 for the database password, as before issue 18 — and on a new folder it
     * offers 单位服务器 instead, folded.
     */
    private void showSignIn(Scene scene, AppPaths paths, boolean firstShow) {
        DatabaseConnectionService connection = new DatabaseConnectionService(paths.dataDir());
        ConnectionFile.Choice choice;
        AppContext.FolderState state;
        try {
            choice = connection.current();
            state = choice.useServer() ? null : AppContext.folderState(paths);
        } catch (RuntimeException e) {
            dialogs.error(Texts.get("app.openFailed"), cn.warmledger.service.common.ClerkMessages.of(e));
            Platform.exit();
            return;
        }
        if (choice.useServer()) {
            showServerSignIn(scene, paths, connection, choice);
            return;
        }
        // the database opens only with the password: sign in first (docs/decisions/8-1)
        SignInViewModel signIn = new SignInViewModel(paths, state, tasks, AppContext::open,
                lastOperator);
        java.util.function.Consumer<SignInViewModel.Opened> onOpened = opened -> {
            showWindow(scene, opened.app());
            if (opened.notice() != null) {
                dialogs.info(Texts.get("restore.damaged.title"), opened.notice());
            }
            if (opened.chosenPassword() != null && SignInView.wantsRecoveryFile(signIn)) {
                writeRecoveryFile(opened);
            }
        };
        SignInView page = new SignInView(signIn, dialogs, onOpened);
        if (state == AppContext.FolderState.NEW) {
            page.offer(databaseStep(connection, "setup.database.optional", saved -> {
                if (saved.useServer()) {
                    showSignIn(scene, paths, false);
                }
            }));
        }
        scene.setRoot(page.root());
        Theme.style(scene);
        if (!firstShow) {
            return;
        }
        // while the clerk types: the sign-in's work readied on throwaway data, so 登录 runs warm — started once the
        // first frame is drawn, so on two cores it does not compete with the first window (docs/benchmarks.md)
        afterFirstFrame(scene, () -> tasks.submit("warm-up", p -> {
            AppContext.warmUp();
            return Boolean.TRUE;
        }, done -> { }, e -> { }));
        probeSignIn(signIn, onOpened);
    }

    /** Tests: the page the application starts on for {@code paths}, as {@link #start} shows it, on {@code scene}. */
    void showStartPage(Scene scene, AppPaths paths) {
        showSignIn(scene, paths, false);
    }

    /** The office's server: opened with the saved password while the clerk types, then her own account. */
    private void showServerSignIn(Scene scene, AppPaths paths, DatabaseConnectionService connection,
                                  ConnectionFile.Choice choice) {
        ServerAddress server = choice.server();
        ServerSignInViewModel signIn = new ServerSignInViewModel(server.host() + ":" + server.port() + "/"
                + server.database(), tasks, () -> AppContext.openConfiguredServer(paths), lastOperator);
        ServerSignInView page = new ServerSignInView(signIn, opened -> showWindow(scene, opened))
                .offer(databaseStep(connection, "serverSignIn.otherDatabase", saved -> {
                    signIn.leave();
                    showSignIn(scene, paths, false);
                }));
        scene.setRoot(page.root());
        Theme.style(scene);
    }

    /** 设置 → 数据库's form, folded under the sign-in page; {@code onSaved} shows the page for the new choice. */
    private javafx.scene.Node databaseStep(DatabaseConnectionService connection, String titleKey,
                                           java.util.function.Consumer<ConnectionFile.Choice> onSaved) {
        javafx.scene.control.TitledPane step = Dialogs.id(new javafx.scene.control.TitledPane(Texts.get(titleKey),
                new DatabaseSettingsView(new DatabaseSettingsViewModel(connection, tasks).connectFirst(), onSaved)
                        .root()),
                "signInDatabase");
        step.setExpanded(false);
        return step;
    }

    private void showWindow(Scene scene, AppContext opened) {
        app = opened;
        window = new AppWindow(opened, tasks, dialogs);
        scene.setRoot(window.root());
        Theme.style(scene);
        dailyBackup(opened);
    }

    /**
     * With -Dwarmledger.startupProbe=true and -Dwarmledger.signInProbe=OPERATOR (scripts/cold-start.sh): signs in
     * as the clerk would, with the password from WARMLEDGER_PASSWORD, once the sign-in page shows, and prints the
     * time from pressing 登录 to the main window being usable (its page shown, the first frame after it).
     */
    private void probeSignIn(SignInViewModel signIn, java.util.function.Consumer<SignInViewModel.Opened> onOpened) {
        String operator = System.getProperty("warmledger.signInProbe");
        String typed = System.getenv("WARMLEDGER_PASSWORD");
        if (!Boolean.getBoolean("warmledger.startupProbe") || operator == null || typed == null || signIn.choosing()) {
            return;
        }
        // -Dwarmledger.signInProbeDelayMs: how long the clerk takes to type the name and password (default 0)
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(Long.getLong("warmledger.signInProbeDelayMs", 0L)));
        typing.setOnFinished(t -> {
            long start = System.nanoTime();
            signIn.fillIn(operator, typed);
            signIn.submit(opened -> {
                onOpened.accept(opened);
                Runnable report = () -> Platform.runLater(() -> System.out.println("sign_in_ms\t"
                        + (System.nanoTime() - start) / 1_000_000));
                if (window.readyProperty().get()) {
                    report.run();
                } else {
                    window.readyProperty().addListener((o, was, ready) -> {
                        if (ready) {
                            report.run();
                        }
                    });
                }
            });
        });
        typing.play();
    }

    /** Runs {@code then} on the FX thread after the scene's next pulse (its first frame, when called before one). */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void writeRecoveryFile(SignInViewModel.Opened opened) {
        dialogs.chooseFolder(Texts.get("signin.chooseRecoveryFolder")).ifPresent(folder -> {
            try {
                java.nio.file.Path file = opened.app().passwords().writeRecoveryFile(folder.toPath(),
                        opened.chosenPassword());
                dialogs.info(null, Texts.get("signin.recoveryWritten", file));
            } catch (RuntimeException e) {
                dialogs.error(Texts.get("error.header"), cn.warmledger.service.common.ClerkMessages.of(e));
            } finally {
                opened.chosenPassword().clear();
            }
        });
    }

    /** Once a day, in the background: an automatic backup (the other one is made on exit). */
    private void dailyBackup(AppContext opened) {
        if (opened.backups().dailyDue(java.time.LocalDate.now())) {
            tasks.submit("daily-backup", p -> opened.backups().automatic(), file -> { }, e -> { });
        }
    }

    /**
     * With -Dwarmledger.startupProbe=true (scripts/cold-start.sh), prints the time from JVM start to the window
     * being shown, once the first frame after show() has been laid out.
     */
    private static void reportStartup() {
        if (Boolean.getBoolean("warmledger.startupProbe")) {
            Platform.runLater(() -> System.out.println("window_shown_ms\t" + (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())));
        }
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
        if (stage != null) {
            placement.remember(stage);
        }
        if (window != null) {
            window.close();
        }
        if (app != null) {
            try {
                app.backups().automatic();
            } catch (RuntimeException e) {
                // the database is closed anyway; the daily backup of the next start covers it
            }
            app.close();
        }
        tasks.close();
    }
}
