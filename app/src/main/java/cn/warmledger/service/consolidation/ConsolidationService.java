package cn.warmledger.service.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import cn.warmledger.service.common.ClerkMessages;
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
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.transport.Collector;
import cn.warmledger.transport.IncomingParcel;
import cn.warmledger.transport.ParcelSink;
import cn.warmledger.transport.TransportException;

/**
 * 汇总 for the county (and a city above it): collect the 下级单位's submissions, see who reported (the
 * completeness grid), look at and pin what came in, match campaign names, and build and send upward the
 * consolidated tables. The 汇总 screen and the command line use only this façade (plus {@link #store()} for a
 * hand-filled sheet).
 */
public final class ConsolidationService {
    private final ReceivedStore store;
    private final ConsolidationRepository received;
    private final OrganizationRepository organizations;
    private final CampaignRepository campaigns;
    private final SettingsService settings;
    private final CollectSources sources;
    private final ConsolidatedTables tables;
    private final Transactor tx;
    private final AuditTrail audit;
    private final AppPaths paths;

    public ConsolidationService(ConsolidationRepository received, OrganizationRepository organizations,
                                CampaignRepository campaigns, SettingsService settings, Transports transports,
                                ReportService reports, OutboxService outbox, Transactor tx, AuditTrail audit,
                                AppPaths paths, Clock clock) {
        this.store = new ReceivedStore(received, organizations, campaigns, tx, audit, paths, clock);
        this.received = received;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.settings = settings;
        this.sources = new CollectSources(transports);
        this.tables = new ConsolidatedTables(reports, outbox, campaigns);
        this.tx = tx;
        this.audit = audit;
        this.paths = paths;
    }

    /** The one way in for a submission that was not collected (a hand-filled sheet): see {@link ReceivedStore#receive}. */
    public ReceivedStore store() {
        return store;
    }

    /**
     * 测试连接 of 收取方式 with the given values (the form's, not yet saved; a value left out falls back to the saved
     * one): empty when the source answers, else what to fix.
     */
    public Optional<String> testSource(Map<String, String> values) {
        try {
            sources.create(key -> {
                String v = values.get(key);
                return v != null && !v.isBlank() ? Optional.of(v.strip()) : settings.get(key);
            }).check();
            return Optional.empty();
        } catch (TransportException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(ClerkMessages.of(e));
        }
    }

    /** 收取 from the source of the collect.* settings. A source that fails is reported in the result, not thrown. */
    public CollectResult collect(Progress progress) {
        Collector collector;
        try {
            collector = sources.create(settings::get);
        } catch (TransportException e) {
            return new CollectResult(0, 0, 0, 0, List.of(), e.getMessage(), e.retryable(), false);
        }
        return run(collector, progress);
    }

    /** 从U盘收取: a one-off collect from a folder (the per-单位 folders, or loose files), whatever the settings say. */
    public CollectResult collectFolder(Path folder, Progress progress) {
        return run(sources.folder(folder), progress);
    }

    private CollectResult run(Collector collector, Progress progress) {
        Tally tally = new Tally();
        ParcelSink sink = new ParcelSink() {
            @Override
            public boolean alreadyHave(String submissionId) {
                if (!store.alreadyHave(submissionId)) {
                    return false;
                }
                tally.duplicates++;
                progress.message(Messages.get("collect.progress.duplicate", submissionId));
                return true;
            }

            @Override
            public boolean receive(IncomingParcel parcel) {
                ReceiveOutcome o;
                try {
                    o = store.receive(parcel.manifestJson(), parcel.files(), parcel.source(), parcel.sender(),
                            parcel.origin());
                } catch (RuntimeException e) {
                    // not stored: counted and named, left at the source for the next collect, and the rest goes on
                    String problem = Messages.get("collect.problem.notStored",
                            cn.warmledger.domain.ManifestRules.shown(parcel.submissionId()), parcel.origin(),
                            cn.warmledger.service.common.ClerkMessages.of(e));
                    tally.refused++;
                    tally.problems.add(problem);
                    progress.message(problem);
                    return false;
                }
                String message = switch (o.kind()) {
                    case NEW -> {
                        tally.received++;
                        yield Messages.get("collect.progress.new", o.submissionId(), parcel.origin());
                    }
                    case DUPLICATE -> {
                        tally.duplicates++;
                        yield Messages.get("collect.progress.duplicate", o.submissionId());
                    }
                    case REFUSED -> {
                        tally.refused++;
                        tally.problems.add(o.problem());
                        yield Messages.get("collect.progress.refused", o.problem());
                    }
                };
                progress.message(message);
                return true;
            }

            @Override
            public void skipped(String what, String reason) {
                String problem = Messages.get("collect.problem.skipped", what, reason);
                tally.refused++;
                tally.problems.add(problem);
                progress.message(problem);
            }

            @Override
            public void foreign(String what) {
                tally.foreign++;
                progress.message(Messages.get("collect.progress.foreign", what));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
        try {
            Path staging = Files.createDirectories(paths.receivedDir().resolve(".staging"));
            collector.collect(staging, sink);
        } catch (TransportException e) {
            return tally.result(e.getMessage(), e.retryable(), progress.isCancelled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally.result(null, false, progress.isCancelled());
    }

    private static final class Tally {
        int received;
        int duplicates;
        int refused;
        int foreign;
        final List<String> problems = new ArrayList<>();

        CollectResult result(String error, boolean retryable, boolean cancelled) {
            return new CollectResult(received, duplicates, refused, foreign, problems, error, retryable, cancelled);
        }
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

    /** The 未上报 list (单位代码, 单位名称, 联系人, 电话, which tables) as .xlsx. */
    public void exportMissing(ReportKind kind, Long campaignId, Integer year, Path out) {
        tables.exportMissing(completeness(kind, campaignId, year), campaignId, year, out);
    }

    /**
     * The county's consolidated 送温暖统计表 (per campaign) or 帮扶中心工作统计表 (per year): one row per 下级单位
     * (its effective submission's rows summed; blank when it has not reported) and 合计, through the built-in
     * template, headed by 本单位.
     */
    public ExportResult consolidate(ReportKind kind, Long campaignId, Integer year, Path out, Progress progress) {
        return tables.consolidate(kind, campaignId, year, effectiveByUnit(kind, campaignId, year), out, progress);
    }

    /** 上报 of the consolidated table: into the outbox with the per-下级单位 figures as {@code units}. Returns its id. */
    public String submitConsolidated(ReportKind kind, Long campaignId, Integer year, Path file) {
        return tables.submit(kind, campaignId, year, effectiveByUnit(kind, campaignId, year), file);
    }

    /** 下级单位 in code order with the submission that counts for each (absent when 未上报). */
    private Map<Organization, Optional<ReceivedSubmission>> effectiveByUnit(ReportKind kind, Long campaignId,
                                                                            Integer year) {
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
