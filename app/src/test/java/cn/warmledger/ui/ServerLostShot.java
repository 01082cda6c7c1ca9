package cn.warmledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.shell.Section;

/**
 * Screenshots of the window on a lost server (docs/decisions/18-6), for a look at 1366×768 under Xvfb with openbox —
 * not a test: {@code java -cp … 'cn.warmledger.ui.ServerLostShot$Main' OUT_DIR} on a display with a window manager. Opens a
 * database on a throw-away cluster, stops the cluster, shows 走访慰问 (its list cannot load) and 慰问对象 (read before),
 * takes the whole X screen with ImageMagick's {@code import}, starts the cluster again and takes the screen back.
 */
public final class ServerLostShot extends Application {
    private static Path out;

    /** The launcher ({@code cn.warmledger.ui.ServerLostShot$Main}): JavaFX on the class path, not as modules. */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "/tmp");
            Application.launch(ServerLostShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        AppContext app = TestApp.openOnServer(Files.createTempDirectory("lostshot"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        ShownWindow ui = ShownWindow.show(stage, app, 1366, 768);
        Thread walk = new Thread(() -> {
            try {
                Platform.runLater(() -> stage.setMaximized(true)); // the whole 1366×768 screen, as a clerk has it
                Thread.sleep(3000);
                PostgresCluster cluster = PostgresCluster.get();
                cluster.stop();
                Platform.runLater(() -> ui.window.main().show(Section.VISITS));
                Thread.sleep(12000);
                shoot("server-lost-visits");
                Platform.runLater(() -> ui.window.main().show(Section.RECIPIENTS));
                Thread.sleep(4000);
                shoot("server-lost-recipients");
                cluster.restart();
                app.serverLink().checkNow();
                Thread.sleep(4000);
                shoot("server-back-recipients");
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.exit(0);
        });
        walk.setDaemon(true);
        walk.start();
    }

    private static void shoot(String name) throws Exception {
        Path png = out.resolve(name + ".png");
        new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start().waitFor();
        System.out.println(png);
    }
}
