package cn.warmledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.TestApp;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.consolidation.UnitDraft;

/**
 * The window's error display gets Chinese: a real database failure (a 下级单位 name longer than its column) reaches
 * a view model's error handler through both task runners without H2's text or jOOQ's SQL.
 */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerErrorsTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the FX toolkit is all BackgroundTasks needs
    }

    private static void failingSave(AppContext app) {
        app.units().save(new UnitDraft("C1", "城".repeat(300), null, null));
    }

    @Test
    void bothRunnersHandOverAChineseMessage() throws Exception {
        try (AppContext app = TestApp.open(dir); BackgroundTasks tasks = new BackgroundTasks()) {
            AtomicReference<Throwable> direct = new AtomicReference<>();
            TaskRunner.direct().submit("unit-add", p -> {
                failingSave(app);
                return null;
            }, ok -> { }, direct::set);
            AtomicReference<Throwable> background = new AtomicReference<>();
            tasks.submit("unit-add", p -> {
                failingSave(app);
                return null;
            }, ok -> { }, background::set);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> background.get() != null);
            for (Throwable e : new Throwable[] {direct.get(), background.get()}) {
                assertThat(e.getMessage()).startsWith("名称超出了允许的长度或范围").doesNotContain("SQL")
                        .doesNotContain("Value too long");
            }
        }
    }

    /** A screen's refresh that fires while the window closes is dropped, not thrown on the FX thread. */
    @Test
    void workAskedForAfterCloseNeverRunsAndDoesNotThrow() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        tasks.close();
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicReference<TaskRunner.Running> now = new AtomicReference<>();
        AtomicReference<TaskRunner.Running> later = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            now.set(tasks.submit("refresh", p -> { ran.set(true); return 1; }, ok -> ran.set(true), failed::set));
            later.set(tasks.submitAfter("search", java.time.Duration.ofMillis(50),
                    p -> { ran.set(true); return 1; }, ok -> ran.set(true), failed::set));
        }).get(10, TimeUnit.SECONDS);
        Thread.sleep(300); // longer than the delay: a scheduled run would have happened by now
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).isFalse();
        assertThat(failed.get()).isNull();
        assertThat(now.get().running().get()).isFalse();
        assertThat(later.get().running().get()).isFalse();
    }
}
