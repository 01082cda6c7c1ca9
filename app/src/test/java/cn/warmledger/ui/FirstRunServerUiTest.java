package cn.warmledger.ui;

import static cn.warmledger.ui.ClerkKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.ConnectionFile;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.common.Theme;
import cn.warmledger.ui.shell.WindowPlacement;
import cn.warmledger.ui.signin.LastOperator;

/**
 * Issue 18, the very first start on a PC (no data folder yet), clicked headless at 1366×768 on the real test cluster
 * (skipped, with the reason printed, where PostgreSQL is not installed): the county IT person opens 数据保存在哪里,
 * chooses 单位服务器 and types the server; a wrong password or port is refused in words and saves nothing; the right
 * one tests 连接成功, is saved (the password sealed, not in plain text) and the page goes on to the server's first
 * administrator; the next start opens the server database.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunServerUiTest {
    @TempDir
    Path dir;
    Path dataDir;
    WarmLedgerApp start;

    @Start
    void start(Stage stage) {
        dataDir = dir.resolve("warmledger"); // not there yet: the PC's first start
        start = new WarmLedgerApp(new WindowPlacement(null), LastOperator.none());
        Theme.applyUserAgent();
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1366, 768);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
        start.showStartPage(scene, new AppPaths(dataDir));
        stage.show();
    }

    @AfterEach
    void close() {
        start.stop();
    }

    @Test
    void theServerChosenOnTheFirstStartIsSavedAndOpenedAtTheNextStart(FxRobot robot) throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("first_run");
        String password = new String(cluster.password());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signInDatabase"); // the folded 数据保存在哪里
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dbServer").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dbServer");
        type(robot, "#dbHost", "127.0.0.1");
        type(robot, "#dbPort", String.valueOf(cluster.port()));
        type(robot, "#dbName", target.database());
        type(robot, "#dbUser", target.user());

        // a wrong password: refused in words by 测试连接 and by 保存, nothing saved
        type(robot, "#dbPassword", "Cuowu-Mima-1");
        robot.clickOn("#testDatabaseConnection");
        String refused = "单位服务器拒绝登录（用户 " + target.user() + "）：用户名或密码不对";
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#dbError").equals(refused));
        assertThat(text(robot, "#dbResult")).isEmpty();
        robot.clickOn("#saveDatabaseSettings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#saveDatabaseSettings").queryButton()
                .isDisabled() && text(robot, "#dbError").equals(refused));
        assertThat(Files.exists(dataDir.resolve(ConnectionFile.FILE))).isFalse();
        assertThat(robot.lookup("#serverSignInTitle").tryQuery()).isEmpty();

        // a wrong port (nothing listens there): the same
        type(robot, "#dbPassword", password);
        type(robot, "#dbPort", String.valueOf(freePort()));
        robot.clickOn("#testDatabaseConnection");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#dbError").startsWith("连不上单位服务器"));
        robot.clickOn("#saveDatabaseSettings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#saveDatabaseSettings").queryButton()
                .isDisabled() && text(robot, "#dbError").startsWith("连不上单位服务器"));
        assertThat(Files.exists(dataDir.resolve(ConnectionFile.FILE))).isFalse();

        // the right port: 连接成功, saved, and on to the server's first administrator
        type(robot, "#dbPort", String.valueOf(cluster.port()));
        robot.clickOn("#testDatabaseConnection");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#dbResult").equals("连接成功"));
        assertThat(text(robot, "#dbError")).isEmpty();
        robot.clickOn("#saveDatabaseSettings");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#serverSignInTitle").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> text(robot, "#serverSignInTitle").equals("创建第一位管理员"));

        String saved = Files.readString(dataDir.resolve(ConnectionFile.FILE), StandardCharsets.ISO_8859_1);
        assertThat(saved).contains("127.0.0.1").contains(String.valueOf(cluster.port())).contains(target.database())
                .doesNotContain(password);
        // the next start: the server's database, with the saved password
        try (AppContext next = AppContext.openConfiguredServer(new AppPaths(dataDir))) {
            assertThat(next.onServer()).isTrue();
            assertThat(next.server()).contains(new ServerAddress("127.0.0.1", cluster.port(), target.database(),
                    target.user(), false));
        }
    }

    /** Types into the field as the clerk does: all of it selected, then the new text. */
    private static void type(FxRobot robot, String field, String value) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(value);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
