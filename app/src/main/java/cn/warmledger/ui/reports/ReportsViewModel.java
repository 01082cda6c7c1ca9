package cn.warmledger.ui.reports;

import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.printing.PrinterService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 报表: the chosen output, campaign or year, 单位 and template; export (with progress and cancel: {@link ReportRun}),
 * preview of the written sheet, printing exactly the previewed sheet ({@link ReportPrinting}), 上报 of the last export
 * ({@link ReportSubmitting}), and adding the upper union's own template. Any change of choice clears the preview, so
 * 打印 never prints a table other than the one named.
 */
public final class ReportsViewModel {
    /** A template choice: null file = the built-in layout. */
    public record TemplateChoice(Path file) {
        @Override
        public String toString() {
            return file == null ? Texts.get("reports.builtinTemplate") : file.getFileName().toString();
        }
    }

    private final ReportService reports;
    private final ReportPrinting printing;
    private final ReportSubmitting submitting;
    private final ReportRun run;
    private final TaskRunner tasks;
    public final ObservableList<ReportKind> kinds = FXCollections.observableArrayList(ReportKind.values());
    public final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.WARMTH_STATS);
    public final ObservableList<CampaignRef> campaigns = FXCollections.observableArrayList();
    public final ObjectProperty<CampaignRef> campaign = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> year = new SimpleObjectProperty<>(LocalDate.now().getYear());
    public final ObservableList<Organization> units = FXCollections.observableArrayList();
    public final ObjectProperty<Organization> unit = new SimpleObjectProperty<>();
    public final BooleanProperty fullId = new SimpleBooleanProperty(false);
    public final ObservableList<TemplateChoice> templates = FXCollections.observableArrayList();
    /** The built-in layout from the start: the list of templates arriving later must not look like a new choice. */
    public final ObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>(new TemplateChoice(null));
    public final ObjectProperty<SheetGrid> preview = new SimpleObjectProperty<>();
    public final ObjectProperty<ExportResult> lastExport = new SimpleObjectProperty<>();
    /** The last export was handed to 上报 (or is being): 上报 waits for the next export, never enqueues it twice. */
    public final BooleanProperty submitted = new SimpleBooleanProperty(false);
    public final StringProperty status = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty();
    /** Said at once after 上报 while no 上报方式 is set up: the file waits in 待上报 until one is. */
    public final StringProperty uploadWarning = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final ObservableList<String> printers;
    private String previewTitle;
    private ReportRequest previewRequest;

    public ReportsViewModel(ReportService reports, PrinterService printing, TaskRunner tasks) {
        this.reports = reports;
        ReportPrinting.Shown shown = new ReportPrinting.Shown(busy, progress, status, error, this::fail);
        this.printing = new ReportPrinting(printing, reports, tasks, shown);
        this.submitting = new ReportSubmitting(reports, tasks, shown, lastExport, submitted, uploadWarning);
        this.run = new ReportRun(tasks, shown);
        this.printers = this.printing.printers;
        this.tasks = tasks;
        kind.addListener((obs, old, now) -> refreshTemplates());
        // 上报 sends the last export and 打印 prints the preview: both belong to the choice they were read for
        ChangeListener<Object> discard = (obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                discardOutput();
            }
        };
        List.<ObservableValue<?>>of(kind, campaign, year, unit, fullId, template)
                .forEach(choice -> choice.addListener(discard));
    }

    /** The choice changed: the last export and the preview no longer show it, so 上报 and 打印 wait for a new one. */
    private void discardOutput() {
        if (lastExport.get() != null || preview.get() != null) {
            lastExport.set(null);
            preview.set(null);
            status.set("");
        }
    }

    public void load() {
        tasks.submit("report-choices", p -> new Object[] {reports.campaigns(), reports.units()}, r -> {
            @SuppressWarnings("unchecked")
            List<CampaignRef> c = (List<CampaignRef>) r[0];
            @SuppressWarnings("unchecked")
            List<Organization> u = (List<Organization>) r[1];
            // replaced only when changed: a combo box whose items are replaced drops its value, and a dropped
            // choice discards the export the clerk left on 报表 before visiting another screen
            if (!campaigns.equals(c)) {
                campaigns.setAll(c);
            }
            if (campaign.get() == null && !c.isEmpty()) {
                campaign.set(c.get(0));
            }
            if (!units.equals(u)) {
                units.setAll(u);
            }
        }, this::fail);
        refreshTemplates();
    }

    private void refreshTemplates() {
        ReportKind k = kind.get();
        tasks.submit("report-templates", p -> reports.templates(k), files -> {
            List<TemplateChoice> choices = new ArrayList<>();
            choices.add(new TemplateChoice(null));
            files.forEach(f -> choices.add(new TemplateChoice(f)));
            TemplateChoice chosen = template.get();
            if (!templates.equals(choices)) {
                templates.setAll(choices);
            }
            // a template chosen before the clerk left 报表 stays chosen when the list is read again
            template.set(choices.contains(chosen) ? chosen : choices.get(0));
        }, this::fail);
    }

    ReportRequest request() {
        ReportKind k = kind.get();
        Path file = template.get() == null ? null : template.get().file();
        Long campaignId = campaign.get() == null ? null : campaign.get().id();
        ReportRequest r = switch (k) {
            case WARMTH_STATS -> new ReportRequest(k, campaignId, null, null, false, null);
            case AID_CENTER -> ReportRequest.aidCenter(year.get() == null ? LocalDate.now().getYear() : year.get());
            case ROSTER -> new ReportRequest(k, campaignId, null, unit.get() == null ? null : unit.get().code(),
                    fullId.get(), null);
        };
        return r.withTemplate(file);
    }

    /**
     * Writes 单位_表名_活动_日期.xlsx to the exports folder, then previews it. The result (its request, its figures
     * and its file, all from one read) is what 上报 sends.
     */
    public void export() {
        ReportRequest request = request();
        run.run(kind.get().label(), p -> {
            ExportResult result = reports.export(request, reports.defaultOutput(request), p);
            return new Done(result, reports.preview(result.file()), result.warnings());
        }, done -> {
            if (!request.equals(request())) {
                status.set(Texts.get("reports.choiceChanged"));
                return;
            }
            submitting.exported(done.result());
            showPreview(done.grid(), request);
            status.set(withWarnings(Texts.get("reports.exported", done.result().file()), done.result().warnings()));
        });
    }

    /** Fills the template into a temporary file and shows it, without keeping an export (so nothing to 上报). */
    public void previewOnly() {
        ReportRequest request = request();
        run.run(kind.get().label(), p -> {
            ReportService.Previewed shown = reports.previewed(request, p);
            return new Done(null, shown.grid(), shown.warnings());
        }, done -> {
            if (!request.equals(request())) {
                status.set(Texts.get("reports.choiceChanged"));
                return;
            }
            lastExport.set(null);
            showPreview(done.grid(), request);
            status.set(withWarnings("", done.warnings()));
        });
    }

    private static String withWarnings(String text, List<String> warnings) {
        if (warnings.isEmpty()) {
            return text;
        }
        String warned = Texts.get("reports.warning", String.join("；", warnings));
        return text.isEmpty() ? warned : text + "　" + warned;
    }

    private void showPreview(SheetGrid grid, ReportRequest request) {
        previewTitle = kind.get().label();
        previewRequest = request;
        preview.set(grid);
    }

    /** The system's printers for the print dialog, the default first. */
    public void loadPrinters() {
        printing.loadPrinters(this::fail);
    }

    /** The pages 打印 would print now (the previewed sheet, laid out as its .xlsx prints). */
    public List<PrintLayout.PrintedPage> printedPages() {
        return printing.pages(preview.get());
    }

    /** "共 2 页（A4 横向）" for the print dialog, with a note when the template's paper is unknown. */
    public String pagesInfo() {
        return preview.get() == null ? "" : printing.pagesInfo(preview.get());
    }

    /** A printed page as a picture for the print dialog. */
    public BufferedImage pageImage(PrintLayout.PrintedPage page, double pixelsPerPoint) {
        return printing.image(page, pixelsPerPoint);
    }

    /**
     * 打印: sends exactly the previewed sheet off the FX thread, with the pages drawn as progress and 取消 until the
     * job reaches the spooler; says where it went and how many pages, or why nothing printed.
     */
    public void print(String printer, int copies) {
        printing.print(preview.get(), previewRequest, previewTitle, printer, copies);
    }

    /** 上报: records the last export as a submission waiting in the outbox, with that export's own figures. */
    public void submit() {
        submitting.submit();
    }

    public void addTemplate(Path file) {
        ReportKind k = kind.get();
        tasks.submit("report-add-template", p -> reports.addTemplate(k, file), added -> {
            status.set(Texts.get("reports.templateAdded", added.getFileName()));
            refreshTemplates();
        }, this::fail);
    }

    public String guide() {
        return reports.templateGuide();
    }

    public void cancel() {
        if (!printing.cancel()) {
            run.cancel();
        }
    }

    private record Done(ExportResult result, SheetGrid grid, List<String> warnings) {
    }

    /**
     * Shows a failure in the clerk's words: the message of one of our exceptions (written in Chinese from the
     * message bundle, naming the field or file) or of an I/O failure we worded, else a plain Chinese sentence —
     * never a class name, a library's English text or SQL (the task runner logs the type).
     */
    private void fail(Throwable e) {
        String message = e.getMessage();
        boolean ours = e.getClass().getName().startsWith("cn.warmledger.")
                || e instanceof UncheckedIOException && e.getCause() != null && !e.getCause().toString().equals(message);
        error.set(ours && message != null && !message.isBlank() ? message : Texts.get("reports.failed"));
    }
}
