package cn.warmledger.ui.reports;

import java.util.function.Consumer;

import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * One export or preview of 报表 at a time, off the FX thread through the TaskRunner: busy while it runs, its progress
 * bound to the task's, 取消 that stops it, and a failure shown in the clerk's words (a cancel is no failure).
 */
final class ReportRun {
    private final TaskRunner tasks;
    private final ReportPrinting.Shown shown;
    private TaskRunner.Running running;

    ReportRun(TaskRunner tasks, ReportPrinting.Shown shown) {
        this.tasks = tasks;
        this.shown = shown;
    }

    /** Runs {@code work} for the table {@code label}; {@code onSuccess} gets its result on the FX thread. */
    <T> void run(String label, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        shown.busy().set(true);
        shown.error().set(null);
        shown.progress().unbind();
        shown.progress().set(0);
        shown.status().set(Texts.get("reports.working", label));
        boolean[] finished = {false};
        running = tasks.submit("report-export", work, done -> {
            finished[0] = true;
            shown.progress().unbind();
            shown.busy().set(false);
            shown.progress().set(1);
            onSuccess.accept(done);
        }, e -> {
            finished[0] = true;
            shown.progress().unbind();
            shown.busy().set(false);
            shown.status().set("");
            if (!(e instanceof java.util.concurrent.CancellationException)) {
                shown.fail().accept(e);
            }
        });
        if (!finished[0]) {
            shown.progress().bind(running.progress());
        }
    }

    /** 取消 of the running export or preview, if one runs. */
    void cancel() {
        if (running != null && shown.busy().get()) {
            running.cancel();
            shown.progress().unbind();
            shown.busy().set(false);
            shown.status().set(Texts.get("reports.cancelled"));
        }
    }
}
