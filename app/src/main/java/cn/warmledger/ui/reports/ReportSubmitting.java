package cn.warmledger.ui.reports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 报表 → 上报 for {@link ReportsViewModel}: the last export recorded as a submission with its own figures, at most
 * once per export ({@code submitted} clears when a new export arrives), and the warning at once when no 上报方式 is
 * set up.
 */
final class ReportSubmitting {
    private final ReportService reports;
    private final TaskRunner tasks;
    private final ReportPrinting.Shown shown;
    private final ObjectProperty<ExportResult> lastExport;
    private final BooleanProperty submitted;
    private final StringProperty uploadWarning;

    ReportSubmitting(ReportService reports, TaskRunner tasks, ReportPrinting.Shown shown,
                     ObjectProperty<ExportResult> lastExport, BooleanProperty submitted, StringProperty uploadWarning) {
        this.reports = reports;
        this.tasks = tasks;
        this.shown = shown;
        this.lastExport = lastExport;
        this.submitted = submitted;
        this.uploadWarning = uploadWarning;
        lastExport.addListener((obs, old, now) -> submitted.set(false));
    }

    /**
     * A new export arrived: it may be sent once more. Said outright because an export equal to the last (the same
     * day's file name, and byte-identical when written within the zip's 2-second timestamp) fires no change event.
     */
    void exported(ExportResult result) {
        lastExport.set(result);
        submitted.set(false);
    }

    /** 上报: records the last export as a submission waiting in the outbox, with that export's own figures. */
    void submit() {
        ExportResult last = lastExport.get();
        if (last == null) {
            shown.error().set(Texts.get("reports.nothingExported"));
            return;
        }
        if (submitted.get()) {
            shown.error().set(Texts.get("reports.alreadySubmitted", last.file().getFileName()));
            return;
        }
        submitted.set(true); // at once: a second click while the first is stored must not enqueue it again
        tasks.submit("report-submit", p -> reports.submit(last),
                id -> {
                    shown.status().set(Texts.get("reports.submitted", last.file().getFileName()));
                    warnIfNoUploadWay();
                }, e -> {
                    if (lastExport.get() == last) {
                        submitted.set(false); // not stored: the clerk may try again
                    }
                    shown.fail().accept(e);
                });
    }

    /** After a successful 上报: without a 上报方式 the clerk is told at once that the file waits (issue 14.7). */
    private void warnIfNoUploadWay() {
        tasks.submit("report-upload-setup", p -> reports.uploadSetupProblem(),
                problem -> uploadWarning.set(problem.isPresent() ? Texts.get("reports.noUploadWay") : ""),
                e -> uploadWarning.set(""));
    }
}
