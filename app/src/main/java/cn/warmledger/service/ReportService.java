package cn.warmledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.excel.ReportData;
import cn.warmledger.excel.SheetReader;
import cn.warmledger.excel.TemplateFiller;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.SettingsRepository;

/**
 * 报表: fills the built-in or the upper union's own template with a campaign's or a year's figures, writes the
 * .xlsx, reads it back for preview and print, and records an export as a submission for the outbox (上报).
 */
public final class ReportService {
    private final ReportRepository reports;
    private final OutboxService outbox;
    private final OrganizationRepository organizations;
    private final SettingsRepository settings;
    private final CurrentOperator operator;
    private final AppPaths paths;
    private final Clock clock;

    public ReportService(ReportRepository reports, OutboxService outbox, OrganizationRepository organizations,
                         SettingsRepository settings, CurrentOperator operator, AppPaths paths, Clock clock) {
        this.reports = reports;
        this.outbox = outbox;
        this.organizations = organizations;
        this.settings = settings;
        this.operator = operator;
        this.paths = paths;
        this.clock = clock;
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

    /** The fields an output of this kind offers, filled with the request's figures. */
    public ReportData data(ReportRequest request) {
        ReportModels.Header header = header();
        if (!request.kind().perCampaign()) {
            if (request.year() == null) {
                throw new InvalidValueException(Messages.get("report.year"), Messages.get("error.required"));
            }
            return ReportModels.forYear(header, request.year(), reports.aidCenter(request.year()));
        }
        CampaignRef campaign = campaign(request.campaignId());
        String unitName = header.orgName();
        if (request.unitCode() != null) {
            unitName = organizations.findByCode(request.unitCode()).map(Organization::name)
                    .orElseThrow(() -> new InvalidValueException(Messages.get("report.unit"),
                            Messages.get("report.unknownUnit", request.unitCode())));
        }
        return ReportModels.forCampaign(header, campaign, reports.warmthStats(campaign.id()),
                reports.roster(campaign.id(), request.unitCode()), unitName, request.fullId());
    }

    /** Who fills the table in: 本单位 (its name, code and phone), the 上级单位, the operator, today. */
    private ReportModels.Header header() {
        Organization self = organizations.findSelf().orElse(null);
        return new ReportModels.Header(
                self == null ? settings.get(SettingKeys.ORG_NAME).orElse("") : self.name(),
                self == null ? settings.get(SettingKeys.ORG_CODE).orElse("") : self.code(),
                settings.get(SettingKeys.ORG_PARENT).orElse(""), operator.name(),
                self == null || self.phone() == null ? "" : self.phone(), LocalDate.now(clock));
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
        if (!kind.perCampaign()) {
            if (year == null) {
                throw new InvalidValueException(Messages.get("report.year"), Messages.get("error.required"));
            }
            return ReportModels.forYearRows(header(), year, unitRows);
        }
        return ReportModels.forCampaignRows(header(), campaign(campaignId), unitRows);
    }

    private CampaignRef campaign(Long id) {
        if (id == null) {
            throw new InvalidValueException(Messages.get("report.campaign"), Messages.get("error.required"));
        }
        return reports.campaign(id).orElseThrow(() -> new InvalidValueException(Messages.get("report.campaign"),
                Messages.get("report.unknownCampaign", id)));
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

    /** Fills the template and writes the .xlsx (to a temporary name first, so a cancel leaves nothing behind). */
    public ExportResult export(ReportRequest request, Path out, ExportProgress progress) {
        ReportData data = data(request);
        write(request.kind(), request.template(), data, out, progress);
        int rows = request.kind() == ReportKind.ROSTER ? data.rows(ReportModels.PEOPLE).size()
                : data.rows(ReportModels.UNITS).size();
        return new ExportResult(out, rows);
    }

    /**
     * Fills {@code template} (null: the built-in one of {@code kind}) with the data and writes the .xlsx, to a
     * temporary name first, so a cancel leaves nothing behind.
     */
    public void write(ReportKind kind, Path template, ReportData data, Path out, ExportProgress progress) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".export-", ".tmp");
            try {
                try (InputStream in = openTemplate(kind, template); OutputStream os = Files.newOutputStream(temp)) {
                    TemplateFiller.fill(in, data, os, new TemplateFiller.Listener() {
                        @Override
                        public void rowsWritten(long done, long total) {
                            progress.update(done, total);
                        }

                        @Override
                        public boolean cancelled() {
                            return progress.cancelled();
                        }
                    });
                }
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", out.getFileName()), e);
        }
    }

    private InputStream openTemplate(ReportKind kind, Path template) throws IOException {
        if (template != null) {
            return Files.newInputStream(template);
        }
        String resource = "/templates/" + builtinTemplate(kind);
        InputStream in = ReportService.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource);
        }
        return in;
    }

    private static String builtinTemplate(ReportKind kind) {
        return switch (kind) {
            case WARMTH_STATS -> "warmth-stats.xlsx";
            case AID_CENTER -> "aid-center.xlsx";
            case ROSTER -> "roster.xlsx";
        };
    }

    /**
     * Fills the template into a temporary file and reads it back, keeping no export: what 预览 shows and what
     * 打印 prints (the window and the print command alike).
     */
    public SheetGrid sheet(ReportRequest request, ExportProgress progress) {
        try {
            Path temp = Files.createTempFile("warmledger-preview-", ".xlsx");
            try {
                export(request, temp, progress);
                return preview(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", "warmledger-preview.xlsx"), e);
        }
    }

    public SheetGrid preview(Path xlsx) {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return SheetReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.readFailed", xlsx.getFileName()), e);
        }
    }

    /**
     * Checks the upper union's template against the fields an output of {@code kind} offers and keeps a copy
     * under the data folder. A template naming an unknown field is refused with the cell ("B5：未知字段 foo").
     */
    public Path addTemplate(ReportKind kind, Path source) {
        checkTemplate(kind, source);
        try {
            Path dir = paths.templatesDir().resolve(kind.code());
            Files.createDirectories(dir);
            return Files.copy(source, dir.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", source.getFileName()), e);
        }
    }

    public void checkTemplate(ReportKind kind, Path source) {
        ReportData offered = kind.perCampaign()
                ? ReportModels.forCampaign(new ReportModels.Header("", "", "", "", "", LocalDate.now(clock)),
                new CampaignRef(0, "", 0), List.of(), List.of(), "", false)
                : ReportModels.forYear(new ReportModels.Header("", "", "", "", "", LocalDate.now(clock)), 0, List.of());
        try (InputStream in = Files.newInputStream(source)) {
            TemplateFiller.check(in, offered);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException(source.getFileName().toString(), Messages.get("template.notXlsx"));
        }
    }

    /** The templates the user added for this output, by file name. */
    public List<Path> templates(ReportKind kind) {
        Path dir = paths.templatesDir().resolve(kind.code());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 上报: hands the exported file to the outbox as a submission waiting to be sent (待发送), with the table's
     * figures as data in its manifest (never the roster's people: only their count and total). Returns its id.
     */
    public String submit(ReportRequest request, Path file) {
        Optional<CampaignRef> campaign = request.campaignId() == null ? Optional.empty()
                : reports.campaign(request.campaignId());
        Integer year = request.year() != null ? request.year() : campaign.map(CampaignRef::year).orElse(null);
        String label = campaign.map(CampaignRef::name)
                .orElse(Messages.get("report.yearLabel", String.valueOf(request.year())));
        ReportData data = data(request);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (request.kind() == ReportKind.ROSTER) {
            figures.put("count", data.values().get("count"));
            figures.put("totalCash", data.values().get("totalCash"));
        } else {
            figures.put(ReportModels.UNITS, data.rows(ReportModels.UNITS));
        }
        return outbox.enqueue(new SubmissionRequest(request.kind().code(), request.kind().label(),
                request.campaignId(), campaign.map(CampaignRef::name).orElse(null), year, label, List.of(file), figures,
                null)).id();
    }

    public Optional<String> submissionState(String id) {
        return outbox.find(id).map(s -> s.state().code());
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
