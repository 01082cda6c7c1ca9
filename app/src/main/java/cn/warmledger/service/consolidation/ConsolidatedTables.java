package cn.warmledger.service.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReceivedSubmission;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.domain.StatFields;
import cn.warmledger.excel.ListWorkbook;
import cn.warmledger.excel.ReportData;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.outbox.SubmissionRequest;

/**
 * The consolidated tables (汇总表): one row per 下级单位 from the figures in its effective submission's manifest
 * ({@code units}: the township's per-单位 rows, money in 万元 with four decimals, counts whole), summed exactly
 * as BigDecimal; a 下级单位 that has not reported keeps its row with blank figures (docs/decisions/7-1). Filled
 * through the same template engine and built-in templates as the township's own tables.
 */
public final class ConsolidatedTables {
    /** The list of per-单位 rows in a manifest's figures, as ReportService.submit writes it. */
    static final String UNITS = "units";
    private final ConsolidationService received;
    private final ReportService reports;
    private final OutboxService outbox;
    private final CampaignRepository campaigns;

    /** {@code received}: which submission counts for each 下级单位, and who has not reported. */
    public ConsolidatedTables(ConsolidationService received, ReportService reports, OutboxService outbox,
                              CampaignRepository campaigns) {
        this.received = received;
        this.reports = reports;
        this.outbox = outbox;
        this.campaigns = campaigns;
    }

    /** The 未上报 list (单位代码, 单位名称, 联系人, 电话, which tables) as .xlsx. */
    public void exportMissing(ReportKind kind, Long campaignId, Integer year, Path out) {
        exportMissing(received.completeness(kind, campaignId, year), campaignId, year, out);
    }

    /**
     * The county's consolidated 送温暖统计表 (per campaign) or 帮扶中心工作统计表 (per year): one row per 下级单位
     * (its effective submission's rows summed; blank when it has not reported) and 合计, through the built-in
     * template, headed by 本单位.
     */
    public ExportResult consolidate(ReportKind kind, Long campaignId, Integer year, Path out, Progress progress) {
        return consolidate(kind, campaignId, year, received.effectiveByUnit(kind, campaignId, year), out, progress);
    }

    /** 上报 of the consolidated table: into the outbox with the per-下级单位 figures as {@code units}. Returns its id. */
    public String submit(ReportKind kind, Long campaignId, Integer year, Path file) {
        return submit(kind, campaignId, year, received.effectiveByUnit(kind, campaignId, year), file);
    }

    static void requireTable(ReportKind kind) {
        if (kind == null || kind == ReportKind.ROSTER) {
            throw new InvalidValueException(Messages.get("field.tableKind"), Messages.get("consolidate.notRoster"));
        }
    }

    private ExportResult consolidate(ReportKind kind, Long campaignId, Integer year,
                             Map<Organization, Optional<ReceivedSubmission>> units, Path out, Progress progress) {
        if (units.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.tableKind"), Messages.get("consolidate.noUnits"));
        }
        ReportData data = reports.rowsData(kind, campaignId, year, rows(kind, units, true));
        reports.write(kind, null, data, out, progress);
        return new ExportResult(out, units.size());
    }

    /**
     * 上报 of the consolidated table: the file is written again from the very figures the manifest carries, so
     * the sheet a person reads upstairs and the figures a city consolidates can never differ (a submission
     * collected since the table was built is in both, or in neither).
     */
    private String submit(ReportKind kind, Long campaignId, Integer year,
                          Map<Organization, Optional<ReceivedSubmission>> units, Path file) {
        consolidate(kind, campaignId, year, units, file, Progress.none());
        String campaignName = campaignId == null ? null
                : campaigns.findById(campaignId).map(c -> c.name()).orElse(null);
        Integer periodYear = year != null ? year
                : campaignId == null ? null : campaigns.findById(campaignId).map(c -> c.startsOn().getYear()).orElse(null);
        String label = campaignName != null ? campaignName : Messages.get("report.yearLabel", String.valueOf(year));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(UNITS, rows(kind, units, false));
        return outbox.enqueue(new SubmissionRequest(kind.code(), kind.label(), campaignId, campaignName, periodYear,
                label, List.of(file), figures, null)).id();
    }

    /** One row per 下级单位; {@code withBlanks}: also the ones without a submission, figures blank. */
    static List<Map<String, Object>> rows(ReportKind kind, Map<Organization, Optional<ReceivedSubmission>> units,
                                          boolean withBlanks) {
        List<String> fields = kind == ReportKind.AID_CENTER ? StatFields.aidCenter() : StatFields.warmthStats();
        List<Map<String, Object>> rows = new ArrayList<>();
        units.forEach((org, submission) -> {
            if (submission.isEmpty() && !withBlanks) {
                return;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", org.name());
            row.put("code", org.code());
            Map<String, BigDecimal> sums = submission.map(s -> sums(s, fields)).orElse(Map.of());
            for (String f : fields) {
                row.put(f, submission.isEmpty() ? null : sums.get(f));
            }
            rows.add(row);
        });
        return rows;
    }

    /** A submission's per-单位 rows summed field by field: money to four decimals (万元), counts whole. */
    static Map<String, BigDecimal> sums(ReceivedSubmission s, List<String> fields) {
        Manifest m = ManifestJson.read(s.manifest());
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String f : fields) {
            sums.put(f, StatFields.isMoney(f) ? BigDecimal.ZERO.setScale(Money.WAN_SCALE) : BigDecimal.ZERO);
        }
        if (m.figures().get(UNITS) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> row) {
                    for (String f : fields) {
                        BigDecimal v = decimal(row.get(f));
                        if (v != null) {
                            sums.merge(f, v, BigDecimal::add);
                        }
                    }
                }
            }
        }
        sums.replaceAll((f, v) -> StatFields.isMoney(f) ? v.setScale(Money.WAN_SCALE, RoundingMode.HALF_UP)
                : v.setScale(0, RoundingMode.HALF_UP));
        return sums;
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private void exportMissing(Completeness grid, Long campaignId, Integer year, Path out) {
        String period = campaignId != null
                ? campaigns.findById(campaignId).map(c -> c.name()).orElse(String.valueOf(campaignId))
                : Messages.get("report.yearLabel", String.valueOf(year));
        List<List<String>> lines = new ArrayList<>();
        for (Completeness.Row r : grid.missing()) {
            List<String> tables = r.cells().entrySet().stream()
                    .filter(e -> e.getValue().status() == ReportingStatus.MISSING)
                    .map(e -> e.getKey().label()).sorted().toList();
            lines.add(List.of(r.organizationCode(), r.organizationName(), r.contact() == null ? "" : r.contact(),
                    r.phone() == null ? "" : r.phone(), String.join("、", tables)));
        }
        ListWorkbook.write(out, Messages.get("missing.title", period), List.of(Messages.get("missing.code"),
                Messages.get("missing.name"), Messages.get("missing.contact"), Messages.get("missing.phone"),
                Messages.get("missing.tables")), lines);
    }
}
