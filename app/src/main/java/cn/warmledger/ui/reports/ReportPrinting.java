package cn.warmledger.ui.reports;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.printing.PrintControl;
import cn.warmledger.service.printing.PrintReceipt;
import cn.warmledger.service.printing.PrinterService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 报表 → 打印 for {@link ReportsViewModel}: the system's printers, the previewed sheet's pages as they will print
 * (laid out once per sheet), their pictures for the print dialog, and the print itself, off the FX thread with
 * progress and a cancel that tells the truth: before the job reaches the spooler nothing is sent; after, it is the
 * printer's and is cancelled in the system's print queue.
 */
final class ReportPrinting {
    private final PrinterService printing;
    private final ReportService reports;
    private final TaskRunner tasks;
    private final Shown shown;
    final ObservableList<String> printers = FXCollections.observableArrayList();
    private LaidOut laidOut;
    private Job job;

    /**
     * The screen's state a print (and an export, {@link ReportRun}; a 上报, {@link ReportSubmitting}) shows itself in:
     * busy, progress, status line, error line.
     */
    record Shown(BooleanProperty busy, DoubleProperty progress, StringProperty status, StringProperty error,
                 Consumer<Throwable> fail) {
    }

    ReportPrinting(PrinterService printing, ReportService reports, TaskRunner tasks, Shown shown) {
        this.printing = printing;
        this.reports = reports;
        this.tasks = tasks;
        this.shown = shown;
    }

    private record LaidOut(SheetGrid grid, List<PrintLayout.PrintedPage> pages) {
    }

    /** The system's printers for the print dialog, the default first. */
    void loadPrinters(Consumer<Throwable> onError) {
        tasks.submit("printers", p -> printing.printers(), printers::setAll, onError);
    }

    /** The pages {@code grid} prints (none for no grid), laid out once per sheet. */
    List<PrintLayout.PrintedPage> pages(SheetGrid grid) {
        if (grid == null) {
            return List.of();
        }
        if (laidOut == null || laidOut.grid() != grid) {
            laidOut = new LaidOut(grid, printing.pages(grid));
        }
        return laidOut.pages();
    }

    BufferedImage image(PrintLayout.PrintedPage page, double pixelsPerPoint) {
        return printing.image(page, pixelsPerPoint);
    }

    /** "共 2 页（A4 横向）", and the note when the template names a paper we do not know. */
    String pagesInfo(SheetGrid grid) {
        String info = Texts.get("print.pagesInfo", pages(grid).size(), grid.setup().paperLabel());
        return grid.setup().paperNote().map(note -> info + "　" + note).orElse(info);
    }

    /** One print on its way: its progress (pages drawn) and its cancel. */
    static final class Job {
        private final PrintControl control;
        private TaskRunner.Running running;
        private volatile boolean cancelled;

        private Job() {
            this.control = PrintControl.none();
        }

        /** True: stopped, nothing reached the printer. False: the spooler has the job already. */
        boolean cancel() {
            if (!control.cancel()) {
                return false;
            }
            cancelled = true;
            if (running != null) {
                running.cancel();
            }
            return true;
        }

    }

    /**
     * Prints {@code grid} (the previewed sheet of {@code request}) off the FX thread; a print of whole 身份证号 is
     * logged once the spooler took it. Neither callback runs after a successful {@link Job#cancel()}.
     */
    void print(SheetGrid grid, ReportRequest request, String title, String printer, int copies) {
        if (grid == null) {
            shown.error().set(Texts.get("print.nothing"));
            return;
        }
        shown.busy().set(true);
        shown.error().set(null);
        shown.progress().unbind();
        shown.progress().set(0);
        shown.status().set(Texts.get("print.printing"));
        Job current = new Job();
        job = current;
        current.running = tasks.submit("report-print", p -> {
            current.control.reportTo(p);
            PrintReceipt receipt = printing.print(grid, printer, copies, title, current.control);
            reports.printed(request, receipt);
            return receipt;
        }, receipt -> {
            if (!current.cancelled) {
                done();
                shown.status().set(receipt.message());
            }
        }, e -> {
            if (!current.cancelled) {
                done();
                shown.status().set("");
                shown.fail().accept(e);
            }
        });
        if (job == current) {
            shown.progress().bind(current.running.progress());
        }
    }

    private void done() {
        job = null;
        shown.progress().unbind();
        shown.busy().set(false);
    }

    /**
     * 取消 while a print is on its way (false: no print is, the button is another task's). Stopped before the spooler
     * has the job: nothing was sent; after: the clerk is told to cancel it in the system's print queue.
     */
    boolean cancel() {
        if (job == null) {
            return false;
        }
        if (job.cancel()) {
            done();
            shown.status().set(Texts.get("print.cancelled"));
        } else {
            shown.status().set(Texts.get("print.tooLateToCancel"));
        }
        return true;
    }
}
