package cn.warmledger.service.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReceivedSubmission;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ConsolidationRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.safety.AuditTrail;

/**
 * 汇总 for the county (and a city above it), what came in: who reported (the completeness grid), each 单位's
 * history, opening and pinning (选用) a submission, matching township campaign names (匹配). Collecting is
 * {@link CollectService}; the consolidated tables built from what counts here are {@link ConsolidatedTables}.
 */
public final class ConsolidationService {
    private final ReceivedStore store;
    private final ConsolidationRepository received;
    private final OrganizationRepository organizations;
    private final CampaignRepository campaigns;
    private final Transactor tx;
    private final AuditTrail audit;

    public ConsolidationService(ConsolidationRepository received, OrganizationRepository organizations,
                                CampaignRepository campaigns, Transactor tx, AuditTrail audit, AppPaths paths,
                                Clock clock) {
        this.store = new ReceivedStore(received, organizations, campaigns, tx, audit, paths, clock);
        this.received = received;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.tx = tx;
        this.audit = audit;
    }

    /** The one way in for a submission that was not collected (a hand-filled sheet): see {@link ReceivedStore#receive}. */
    public ReceivedStore store() {
        return store;
    }

    /**
     * The completeness grid of a campaign ({@code campaignId}: 送温暖统计表 and 花名册) or a year ({@code year}:
     * 帮扶中心工作统计表); {@code kind} narrows it to one table (null: every table of that period).
     */
    public Completeness completeness(ReportKind kind, Long campaignId, Integer year) {
        store.attachWaitingToSameNamedCampaigns();
        List<ReportKind> kinds = kinds(kind, campaignId);
        boolean perCampaign = kinds.get(0).perCampaign();
        List<ReceivedSubmission> all = received.forPeriod(kinds.stream().map(ReportKind::code).toList(), perCampaign,
                campaignId, year).stream().filter(s -> s.status() == ReceivedStatus.ACCEPTED).toList();
        Set<String> superseded = received.supersededIds();
        Map<String, List<ReceivedSubmission>> byUnit = all.stream()
                .collect(Collectors.groupingBy(ReceivedSubmission::organizationCode, LinkedHashMap::new,
                        Collectors.toList()));
        List<Completeness.Row> rows = new ArrayList<>();
        List<Organization> units = subordinates();
        for (Organization o : units) {
            rows.add(new Completeness.Row(o.code(), o.name(), o.contact(), o.phone(), true,
                    cells(kinds, byUnit.getOrDefault(o.code(), List.of()), superseded)));
        }
        Set<String> known = units.stream().map(Organization::code).collect(Collectors.toSet());
        byUnit.forEach((code, list) -> {
            if (!known.contains(code)) {
                rows.add(new Completeness.Row(code, list.get(0).organizationName(), null, null, false,
                        cells(kinds, list, superseded)));
            }
        });
        return new Completeness(kinds, campaignId, year, rows);
    }

    private static Map<ReportKind, Completeness.Cell> cells(List<ReportKind> kinds, List<ReceivedSubmission> ofUnit,
                                                            Set<String> superseded) {
        Map<ReportKind, Completeness.Cell> cells = new LinkedHashMap<>();
        for (ReportKind k : kinds) {
            List<ReceivedSubmission> same = ofUnit.stream().filter(s -> k.code().equals(s.tableKind())).toList();
            Optional<ReceivedSubmission> effective = Effective.choose(same, superseded);
            cells.put(k, effective.map(e -> new Completeness.Cell(same.size() > 1 ? ReportingStatus.CORRECTED
                            : ReportingStatus.REPORTED, e.receivedAt(), e.id(), same.size()))
                    .orElse(new Completeness.Cell(ReportingStatus.MISSING, null, null, 0)));
        }
        return cells;
    }

    static List<ReportKind> kinds(ReportKind kind, Long campaignId) {
        if (kind != null) {
            return List.of(kind);
        }
        return campaignId != null ? List.of(ReportKind.WARMTH_STATS, ReportKind.ROSTER) : List.of(ReportKind.AID_CENTER);
    }

    /** Every submission of one 单位 for one table and period, newest received first, with how each stands. */
    public List<ReceivedSummary> history(String orgCode, ReportKind kind, Long campaignId, Integer year) {
        List<ReceivedSubmission> list = received.history(orgCode, kind.code(), kind.perCampaign(), campaignId, year);
        Set<String> superseded = received.supersededIds();
        String effective = Effective.choose(list, superseded).map(ReceivedSubmission::id).orElse(null);
        return list.stream().map(s -> summary(s, superseded, effective)).toList();
    }

    /** Everything received, newest first (待匹配 and refused ones included). */
    public List<ReceivedSummary> received() {
        Set<String> superseded = received.supersededIds();
        List<ReceivedSubmission> all = received.all();
        Map<String, List<ReceivedSubmission>> byKey = all.stream().filter(s -> !waitsForCampaign(s))
                .collect(Collectors.groupingBy(
                s -> s.organizationCode() + "|" + s.tableKind() + "|" + s.campaignId() + "|"
                        + (s.campaignId() == null ? s.periodYear() : ""), LinkedHashMap::new, Collectors.toList()));
        Set<String> effective = byKey.values().stream()
                .map(list -> Effective.choose(list, superseded).map(ReceivedSubmission::id).orElse(null))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return all.stream().map(s -> summary(s, superseded, effective.contains(s.id()) ? s.id() : null)).toList();
    }

    /** A campaign table whose campaign name is not matched yet (待匹配): it counts nowhere. */
    private static boolean waitsForCampaign(ReceivedSubmission s) {
        return s.campaignId() == null && CodedEnum.fromText(ReportKind.class, s.tableKind())
                .map(ReportKind::perCampaign).orElse(s.campaignName() != null);
    }

    private ReceivedSummary summary(ReceivedSubmission s, Set<String> superseded, String effectiveId) {
        boolean known = organizations.findByCode(s.organizationCode())
                .map(o -> o.kind() == OrganizationKind.SUBORDINATE).orElse(false);
        return new ReceivedSummary(s.id(), s.organizationCode(), s.organizationName(),
                CodedEnum.fromText(ReportKind.class, s.tableKind()).orElse(null), s.tableTitle(), s.campaignName(),
                s.campaignId(), s.periodYear(), s.generatedAt(), s.receivedAt(), s.source(), s.sender(), s.supersedes(),
                s.pinned(), s.status(), s.problem(), superseded.contains(s.id()), s.id().equals(effectiveId), known);
    }

    /** 选用: this submission counts for its 单位 + table + period, whatever comes later, until another is pinned. */
    public void pin(String submissionId) {
        ReceivedSubmission s = require(submissionId);
        if (s.status() != ReceivedStatus.ACCEPTED) {
            throw new InvalidValueException(Messages.get("collect.field.submission"),
                    Messages.get("collect.notAccepted", submissionId, s.problem()));
        }
        boolean perCampaign = CodedEnum.fromText(ReportKind.class, s.tableKind()).map(ReportKind::perCampaign)
                .orElse(s.campaignId() != null);
        tx.run(() -> {
            received.pin(s, perCampaign);
            audit.record(AuditTrail.RECEIVED_SUBMISSION, submissionId, AuditAction.UPDATE,
                    Messages.get("audit.pinned", submissionId), Map.of("pinned", s.pinned()), Map.of("pinned", true));
        });
    }

    /** The township campaign names that wait for a match (待匹配), as they were sent. */
    public List<String> unmatchedCampaignNames() {
        store.attachWaitingToSameNamedCampaigns();
        return List.copyOf(received.unmatchedCampaignNames().values());
    }

    /** 匹配: the township campaign name belongs to this campaign; remembered, and applied to every waiting one. */
    public void matchCampaign(String name, long campaignId) {
        String key = CampaignNames.key(name);
        if (key == null) {
            throw new InvalidValueException(Messages.get("collect.campaignName"), Messages.get("error.required"));
        }
        String campaignName = campaigns.findById(campaignId).map(c -> c.name()).orElseThrow(() ->
                new InvalidValueException(Messages.get("collect.campaignName"),
                        Messages.get("collect.unknownCampaign", campaignId)));
        tx.run(() -> {
            int matched = received.matchCampaign(key, campaignId);
            audit.record(AuditTrail.CAMPAIGN_ALIAS, key, AuditAction.INSERT,
                    Messages.get("audit.campaignMatched", name, campaignName), null,
                    Map.of("alias", key, "campaignId", campaignId, "submissions", matched));
        });
    }

    /** The received .xlsx to open (the first file of the submission that is not its manifest). */
    public Path receivedFile(String submissionId) {
        ReceivedSubmission s = require(submissionId);
        return s.files().stream().map(f -> Path.of(f.path()))
                .filter(p -> !p.getFileName().toString().startsWith("manifest-")).filter(Files::isRegularFile)
                .findFirst().orElseThrow(() -> new InvalidValueException(Messages.get("collect.field.submission"),
                        Messages.get("collect.noFile", submissionId)));
    }

    /** 下级单位 in code order with the submission that counts for each (absent when 未上报). */
    Map<Organization, Optional<ReceivedSubmission>> effectiveByUnit(ReportKind kind, Long campaignId, Integer year) {
        ConsolidatedTables.requireTable(kind);
        store.attachWaitingToSameNamedCampaigns();
        List<ReceivedSubmission> all = received.forPeriod(List.of(kind.code()), kind.perCampaign(), campaignId, year);
        Set<String> superseded = received.supersededIds();
        Map<Organization, Optional<ReceivedSubmission>> result = new LinkedHashMap<>();
        for (Organization o : subordinates()) {
            result.put(o, Effective.choose(all.stream().filter(s -> o.code().equals(s.organizationCode())).toList(),
                    superseded));
        }
        return result;
    }

    /** The 下级单位, in code order. */
    public List<Organization> subordinates() {
        return organizations.ofKind(OrganizationKind.SUBORDINATE);
    }

    private ReceivedSubmission require(String id) {
        return received.find(id).orElseThrow(() -> new InvalidValueException(Messages.get("collect.field.submission"),
                Messages.get("collect.notFound", id)));
    }
}
