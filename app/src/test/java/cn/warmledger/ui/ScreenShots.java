package cn.warmledger.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A picture of the whole X screen at a test's chosen moment, for looking at a screen as the clerk sees it: only when
 * the test runs on a real display (Xvfb with openbox, {@code -Dtestfx.headless=false -Dglass.platform=gtk}) with
 * {@code -Dwarmledger.shots=DIR}; ImageMagick's {@code import} takes it. Headless runs skip it.
 */
final class ScreenShots {
    private ScreenShots() {
    }

    static void saveIfAsked(FxRobot robot, String name) throws IOException, InterruptedException {
        String dir = System.getProperty("warmledger.shots");
        if (dir == null || dir.isBlank() || System.getenv("DISPLAY") == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500); // the window manager draws the frames
        Files.createDirectories(Path.of(dir));
        Path png = Path.of(dir, name + ".png");
        new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start().waitFor();
        System.out.println("screen shot: " + png);
    }
}
