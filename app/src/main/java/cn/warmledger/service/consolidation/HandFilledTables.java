package cn.warmledger.service.consolidation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.excel.FilledTable;
import cn.warmledger.excel.FilledTableReader;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.transport.Hashes;

/**
 * A 下级单位 that does not use WarmLedger sends its 统计表 filled in by hand in the standard layout. Such a sheet
 * is read by the built-in template's positions and checked; only a sheet without problems goes in, as a
 * received submission from MANUAL whose manifest carries the sheet's unit rows, so the completeness grid and
 * the consolidated table treat it like any other.
 */
public final class HandFilledTables {
    static final String APP_VERSION = "hand-filled";

    private final ReceivedStore store;
    private final UnitService units;
    private final CampaignRepository campaigns;
    private final CurrentOperator operator;
    private final Clock clock;

    public HandFilledTables(ReceivedStore store, UnitService units, CampaignRepository campaigns,
                            CurrentOperator operator, Clock clock) {
        this.store = store;
        this.units = units;
        this.campaigns = campaigns;
        this.operator = operator;
        this.clock = clock;
    }

    /** What the sheet holds and every problem, by cell; {@code unit} is the 下级单位 its 填报单位 names, if any. */
    public record Check(FilledTable table, Optional<Organization> unit) {
        public List<String> problems() {
            return table.problems().stream().map(FilledTable.Problem::toString).toList();
        }
    }

    public Check check(Path file, ReportKind kind) {
        FilledTable table = read(file, kind);
        String named = table.unitName().replaceAll("\\s", "");
        Optional<Organization> unit = named.isEmpty() ? Optional.empty()
                : units.list().stream().filter(u -> u.name().replaceAll("\\s", "").equals(named)).findFirst();
        return new Check(table, unit);
    }

    /**
     * Adds the sheet for {@code unitCode} (a 下级单位) and the campaign (送温暖统计表) or year (帮扶中心表); refused,
     * naming the cells, when the sheet has any problem.
     */
    public ReceiveOutcome add(Path file, ReportKind kind, String unitCode, Long campaignId, Integer year) {
        if (kind == null || !(kind == ReportKind.WARMTH_STATS || kind == ReportKind.AID_CENTER)) {
            throw new InvalidValueException(Messages.get("handFilled.table"), Messages.get("handFilled.onlyStats"));
        }
        Organization unit = units.find(unitCode).orElseThrow(() -> new InvalidValueException(
                Messages.get("unit.code"), Messages.get("unit.notFound", unitCode)));
        Campaign campaign = null;
        Integer periodYear = year;
        if (kind.perCampaign()) {
            if (campaignId == null) {
                throw new InvalidValueException(Messages.get("report.campaign"), Messages.get("error.required"));
            }
            campaign = campaigns.findById(campaignId).orElseThrow(() -> new InvalidValueException(
                    Messages.get("report.campaign"), Messages.get("campaign.notFound", String.valueOf(campaignId))));
            periodYear = campaign.startsOn().getYear();
        } else if (year == null) {
            throw new InvalidValueException(Messages.get("report.year"), Messages.get("error.required"));
        }
        FilledTable table = read(file, kind);
        if (!table.problems().isEmpty()) {
            throw new InvalidValueException(file.getFileName().toString(), Messages.get("handFilled.problems",
                    table.problems().size(), String.join("\n", table.problems().stream()
                            .map(FilledTable.Problem::toString).toList())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FilledTable.Row r : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.name());
            row.put("code", "");
            row.putAll(r.figures());
            rows.add(row);
        }
        String id = UUID.randomUUID().toString();
        Manifest manifest = new Manifest(id, unit.code(), unit.name(), null, kind.code(), kind.label(),
                campaign == null ? null : campaign.id(),
                campaign == null ? null : campaign.name(), periodYear,
                campaign == null ? Messages.get("report.yearLabel", String.valueOf(year)) : campaign.name(),
                OffsetDateTime.now(clock), APP_VERSION,
                List.of(new Manifest.File(file.getFileName().toString(), size(file), Hashes.sha256(file))),
                Map.of("units", rows), null);
        return store.receive(manifest, List.of(file), ReceivedSource.MANUAL, operator.name());
    }

    private static FilledTable read(Path file, ReportKind kind) {
        String template = switch (kind) {
            case WARMTH_STATS -> "/templates/warmth-stats.xlsx";
            case AID_CENTER -> "/templates/aid-center.xlsx";
            default -> throw new InvalidValueException(Messages.get("handFilled.table"),
                    Messages.get("handFilled.onlyStats"));
        };
        try (InputStream t = HandFilledTables.class.getResourceAsStream(template);
             InputStream in = Files.newInputStream(file)) {
            return FilledTableReader.read(t, in);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.readFailed", file.getFileName()), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
