package cn.warmledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.shell.Section;

/**
 * Screenshots of issue 18's screens of a PC on the server, for a look at 1366×768 under Xvfb with openbox — not a
 * test (as {@link ServerLostShot}): {@code java -cp … 'cn.warmledger.ui.ServerScreensShot$Main' OUT_DIR}. On a
 * throw-away cluster: the server sign-in page creating the first administrator, then 设置 → 数据库, 我的密码 and
 * 操作员 of the signed-in administrator, then the sign-in page of a database that has accounts.
 */
public final class ServerScreensShot extends Application {
    private static Path out;

    /** The launcher: JavaFX on the class path, not as modules. */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "/tmp");
            Application.launch(ServerScreensShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Platform.setImplicitExit(false); // the stage is hidden while the real application shows
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress address = cluster.newDatabase("screens");
        Path dir = Files.createTempDirectory("serverscreens");
        AppPaths paths = new AppPaths(dir);
        try (AppContext first = AppContext.openServer(paths, address, cluster.password())) {
            // 本单位 set up, no operator account yet
            first.setup().complete(new cn.warmledger.service.settings.SetupService.Setup("城关镇总工会", "340102001",
                    "某某县总工会", "张干事", new java.math.BigDecimal("650")));
        }
        // this PC's choice as 设置 → 数据库 saves it: the real application then signs in on the server
        new cn.warmledger.service.settings.DatabaseConnectionService(dir).save(true, address,
                cn.warmledger.domain.DatabasePassword.of(new String(cluster.password())));
        Thread walk = new Thread(() -> {
            try {
                realWindow(dir, "s1-server-signin-first-administrator");
                AppContext app = AppContext.openServer(paths, address, cluster.password());
                app.operatorAccounts().createFirstAdministrator("王主席",
                        cn.warmledger.domain.DatabasePassword.of("Guanli2026!"));
                app.operatorAccounts().add("张干事", cn.warmledger.domain.DatabasePassword.of("Ganshi2026"),
                        cn.warmledger.domain.OperatorRole.CLERK);
                ShownWindow[] ui = {null};
                fx(() -> ui[0] = ShownWindow.show(stage, app, 1366, 768));
                fx(() -> stage.setMaximized(true));
                fx(() -> ui[0].window.main().show(Section.SETTINGS));
                for (String[] tab : new String[][] {{"tabDatabase", "s2-settings-database-on-server"},
                        {"tabMyPassword", "s3-settings-my-password"}, {"tabOperators", "s4-settings-operators"}}) {
                    fx(() -> ((TabPane) stage.getScene().lookup("#settingsTabs")).getTabs().stream()
                            .filter(t -> tab[0].equals(t.getId())).findFirst()
                            .ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
                    Thread.sleep(2500);
                    shoot(tab[1]);
                }
                fx(() -> ui[0].close());
                app.close();
                fx(stage::hide);
                realWindow(dir, "s5-server-signin");
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.exit(0);
        });
        walk.setDaemon(true);
        walk.start();
    }

    /** The real application (app/target/warmledger.jar) on this data folder: its first page, pictured, then ended. */
    private static void realWindow(Path dir, String name) throws Exception {
        Process app = new ProcessBuilder("java", "-jar", Path.of("target/warmledger.jar").toAbsolutePath().toString(),
                "--data-dir", dir.toString()).inheritIO().start();
        Thread.sleep(15000);
        shoot(name);
        app.destroy();
        app.waitFor();
    }

    private static void text(Stage stage, String id, String value) {
        ((TextInputControl) stage.getScene().lookup("#" + id)).setText(value);
    }

    private static void fire(Stage stage, String id) {
        ((ButtonBase) stage.getScene().lookup("#" + id)).fire();
    }

    private static void fx(Runnable r) throws Exception {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static void waitFor(Supplier<Boolean> shown) throws Exception {
        for (int i = 0; i < 600; i++) {
            java.util.concurrent.CompletableFuture<Boolean> f = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> f.complete(shown.get()));
            if (f.get()) {
                Thread.sleep(2000);
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not shown");
    }

    private static void shoot(String name) throws Exception {
        Path png = out.resolve(name + ".png");
        new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start().waitFor();
        System.out.println(png);
    }
}
