package cn.warmledger.service.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.domain.Progress;
import cn.warmledger.excel.ReportData;
import cn.warmledger.excel.SheetReader;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.printing.PrintReceipt;
import cn.warmledger.transport.Hashes;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.outbox.SubmissionRequest;

/**
 * 报表: fills the built-in or the upper union's own template with a campaign's or a year's figures, writes the
 * .xlsx, reads it back for preview and print, and records an export as a submission for the outbox (上报). An
 * export is read in one snapshot; its result carries that snapshot's figures, and 上报 sends exactly those.
 */
public final class ReportService {
    private final ReportRepository reports;
    private final ReportReader reader;
    private final OutboxService outbox;
    private final OrganizationRepository organizations;
    private final AppPaths paths;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReportTemplates templates;

    public ReportService(ReportRepository reports, OutboxService outbox, OrganizationRepository organizations,
                         SettingsRepository settings, CurrentOperator operator, Transactor tx, AppPaths paths,
                         Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.reports = reports;
        this.reader = new ReportReader(reports, organizations, settings, operator, tx, clock);
        this.outbox = outbox;
        this.organizations = organizations;
        this.paths = paths;
        this.clock = clock;
        this.templates = new ReportTemplates(paths, clock);
    }

    public List<CampaignRef> campaigns() {
        return reports.campaigns();
    }

    /** 本单位 and its 基层工会, for the roster's 单位 chooser. */
    public List<Organization> units() {
        return organizations.recipientUnits();
    }

    /** The in-app guide of the fields a template can use. */
    public String templateGuide() {
        return ReportModels.guide();
    }

    /** The fields an output of this kind offers, filled with the request's figures, read in one snapshot. */
    public ReportData data(ReportRequest request) {
        return reader.read(request).data();
    }

    /**
     * The fields of a statistics table whose per-单位 rows are given already in the table's units (money in 万元
     * with four decimals, counts whole; a null figure stays blank), headed by 本单位: the county's consolidated
     * table (汇总), one row per 下级单位.
     */
    public ReportData rowsData(ReportKind kind, Long campaignId, Integer year, List<Map<String, Object>> unitRows) {
        if (kind == ReportKind.ROSTER) {
            throw new InvalidValueException(Messages.get("field.tableKind"), Messages.get("consolidate.notRoster"));
        }
        if (!kind.perCampaign() && year == null) {
            throw new InvalidValueException(Messages.get("report.year"), Messages.get("error.required"));
        }
        return reader.rowsData(kind, campaignId, year, unitRows);
    }

    /** 单位_表名_活动_日期.xlsx in the exports folder. */
    public Path defaultOutput(ReportRequest request) {
        String unit = request.unitCode() == null
                ? organizations.findSelf().map(Organization::name).orElse("")
                : organizations.findByCode(request.unitCode()).map(Organization::name).orElse(request.unitCode());
        String period = request.kind().perCampaign()
                ? reports.campaign(request.campaignId() == null ? -1 : request.campaignId()).map(CampaignRef::name).orElse("")
                : Messages.get("report.yearLabel", String.valueOf(request.year()));
        String name = String.join("_", unit, request.kind().label(), period, LocalDate.now(clock).toString()) + ".xlsx";
        return paths.exportsDir().resolve(name.replaceAll("[\\\\/:*?\"<>|\\s]+", ""));
    }

    /**
     * Reads the request's figures once (one snapshot), fills the template and writes the .xlsx (to a temporary name
     * first, so a cancel leaves nothing behind). The result carries that snapshot's figures for 上报.
     */
    public ExportResult export(ReportRequest request, Path out, Progress progress) {
        ExportResult result = fill(request, out, progress);
        if (request.fullId()) { // whole 身份证号 leaving in a file is deliberate and logged, as showing them is
            audit.record(AuditTrail.RECIPIENT, null, AuditAction.SHOW_FULL,
                    Messages.get("export.fullIdAudit", request.kind().label(), out.getFileName()), null, null);
        }
        return result;
    }

    /** Printing whole 身份证号 is logged like showing them: the table, pages, copies and printer. */
    public void printed(ReportRequest request, PrintReceipt receipt) {
        if (request != null && request.fullId()) {
            audit.record(AuditTrail.RECIPIENT, null, AuditAction.SHOW_FULL, Messages.get("print.fullIdAudit",
                    request.kind().label(), receipt.pages(), receipt.copies(), receipt.printer()), null, null);
        }
    }

    private ExportResult fill(ReportRequest request, Path out, Progress progress) {
        ReportSnapshot snapshot = reader.read(request);
        templates.write(request.kind(), request.template(), snapshot.data(), out, progress);
        return new ExportResult(request, out, snapshot.rows(), snapshot.campaign(), snapshot.figures(), sha256(out),
                snapshot.warnings(), snapshot.header().orgCode(), snapshot.header().orgName());
    }

    /**
     * Fills {@code template} (null: the built-in one of {@code kind}) with the data and writes the .xlsx, to a
     * temporary name first, so a cancel leaves nothing behind.
     */
    public void write(ReportKind kind, Path template, ReportData data, Path out, Progress progress) {
        templates.write(kind, template, data, out, progress);
    }

    /**
     * Fills the template into a temporary file and reads it back, keeping no export: what 预览 shows and what
     * 打印 prints (the window and the print command alike).
     */
    public SheetGrid sheet(ReportRequest request, Progress progress) {
        return previewed(request, progress).grid();
    }

    /** A filled sheet shown (or printed) without keeping an export, with what its export would warn about. */
    public record Previewed(SheetGrid grid, List<String> warnings) {
    }

    /** Fills the template into a temporary file and reads it back; nothing is kept. */
    public Previewed previewed(ReportRequest request, Progress progress) {
        try {
            Path temp = Files.createTempFile("warmledger-preview-", ".xlsx");
            try {
                ExportResult result = fill(request, temp, progress);
                // the header's &F prints the name its export would have, not the temporary one
                return new Previewed(read(temp, defaultOutput(request).getFileName().toString()), result.warnings());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", "warmledger-preview.xlsx"), e);
        }
    }

    public SheetGrid preview(Path xlsx) {
        return read(xlsx, xlsx.getFileName().toString());
    }

    private static SheetGrid read(Path xlsx, String name) {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return SheetReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.readFailed", xlsx.getFileName()), e);
        }
    }

    /**
     * Checks the upper union's template against the fields an output of {@code kind} offers and keeps a copy
     * under the data folder. A template naming an unknown field is refused with the cell ("B5：未知字段 foo").
     */
    public Path addTemplate(ReportKind kind, Path source) {
        return templates.add(kind, source);
    }

    public void checkTemplate(ReportKind kind, Path source) {
        templates.check(kind, source);
    }

    /** The templates the user added for this output, by file name. */
    public List<Path> templates(ReportKind kind) {
        return templates.added(kind);
    }

    /**
     * 上报: hands an export to the outbox as a submission waiting to be sent (待发送), with the figures read in the
     * same snapshot as the file's cells (never read again: a visit recorded since, or another campaign chosen since,
     * changes nothing). A file changed or gone since the export is refused: export again. Returns the id.
     */
    public String submit(ExportResult export) {
        Path file = export.file();
        if (export.request() == null) {
            // the county's consolidated table: its 上报 writes the file again from its manifest's figures (7-1)
            throw new InvalidValueException(file.getFileName().toString(), Messages.get("report.notAnExport"));
        }
        String now;
        try {
            now = Files.isRegularFile(file) ? Hashes.sha256(file) : null;
        } catch (UncheckedIOException e) {
            now = null;
        }
        if (now == null) {
            throw new InvalidValueException(file.getFileName().toString(), Messages.get("report.exportGone"));
        }
        if (!now.equals(export.sha256())) {
            throw new InvalidValueException(file.getFileName().toString(), Messages.get("report.exportChanged"));
        }
        ReportRequest request = export.request();
        CampaignRef campaign = export.campaign();
        Integer year = request.year() != null ? request.year() : campaign == null ? null : campaign.year();
        String label = campaign != null ? campaign.name()
                : Messages.get("report.yearLabel", String.valueOf(request.year()));
        return outbox.enqueue(new SubmissionRequest(request.kind().code(), request.kind().label(),
                campaign == null ? null : campaign.id(), campaign == null ? null : campaign.name(), year, label,
                List.of(file), export.figures(), null, export.orgCode(), export.orgName())).id();
    }

    public Optional<String> submissionState(String id) {
        return outbox.find(id).map(s -> s.state().code());
    }

    /** Why what is put into 待上报 cannot be sent yet (no 上报方式 set up); empty once it can. */
    public Optional<String> uploadSetupProblem() {
        return outbox.setupProblem();
    }

    /** The written file's SHA-256, as its manifest will carry it. */
    private static String sha256(Path file) {
        try {
            return Hashes.sha256(file);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(Messages.get("report.readFailed", file.getFileName()), e.getCause());
        }
    }
}
