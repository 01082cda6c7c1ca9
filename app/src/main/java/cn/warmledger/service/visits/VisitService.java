package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.domain.VisitTotals;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.GuardConflictException;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.recipients.RecipientService;

/**
 * 走访慰问: record, edit and (softly) delete visits; the double-payment guard; 集中慰问 in one transaction.
 * A closed campaign's visits are locked. A date outside the campaign's period is a warning, not a refusal.
 */
public final class VisitService {
    private final VisitRepository visits;
    private final CampaignRepository campaigns;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;
    /** How often a save kept out by the guard's unique index is run again (see {@link #inGuardedTransaction}). */
    private static final int GUARD_TRIES = 5;

    public VisitService(VisitRepository visits, CampaignRepository campaigns, RecipientRepository recipients,
                        HardshipFileRepository files, Transactor tx, CurrentOperator operator, AuditTrail audit) {
        this.visits = visits;
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
    }

    public List<VisitSummary> search(VisitQuery query) {
        return visits.search(query);
    }

    public VisitTotals totals(List<VisitSummary> rows) {
        return VisitTotals.of(rows);
    }

    public Optional<Visit> find(long id) {
        return visits.findById(id);
    }

    /** 重复慰问: all visits that share recipient, campaign and assistance kind with another (null = every campaign). */
    public List<VisitSummary> duplicates(Long campaignId) {
        return visits.duplicates(campaignId);
    }

    /** Recipients with at least one visit in the campaign (the batch's "not yet visited" filter). */
    public java.util.Set<Long> visitedRecipients(long campaignId) {
        return visits.visitedRecipients(campaignId);
    }

    public List<String> knownVisitors() {
        return visits.knownVisitors(200);
    }

    /** The standard amount for the recipient in the campaign, and the household's file as it is today. */
    public VisitDefaults defaults(long recipientId, Long campaignId) {
        Recipient r = recipients.findById(recipientId).orElseThrow(() -> recipientNotFound(recipientId));
        Optional<HardshipFile> file = r.isHardshipWorker() ? files.findByRecipient(recipientId) : Optional.empty();
        CampaignStandards standards = campaignId == null ? CampaignStandards.none() : campaigns.standards(campaignId);
        return new VisitDefaults(r.id(), r.name(), r.maskedIdNumber(), r.category(),
                file.map(HardshipFile::hardshipType).orElse(null), file.map(HardshipFile::status).orElse(null),
                standards.amountFor(r.category(), file.map(HardshipFile::hardshipType).orElse(null)));
    }

    /**
     * The household's file as a visit recorded today would keep it (困难类型, 档案状态), for many recipients at
     * once (an import's preview); recipients who are not 困难职工 or have no file are left out.
     */
    public java.util.Map<Long, HardshipFile> fileSnapshots(java.util.Collection<Long> recipientIds) {
        return files.findByRecipients(recipientIds);
    }

    /** The campaign, refused when it does not exist or is closed (a roster import checks before it starts). */
    public Campaign openCampaign(long campaignId) {
        Campaign c = campaignOf(campaignId).orElseThrow();
        CampaignService.requireOpen(c);
        return c;
    }

    /** Warnings the form shows before saving: a date outside the campaign's period. */
    public List<String> warnings(Long campaignId, LocalDate visitedOn) {
        if (campaignId == null || visitedOn == null) {
            return List.of();
        }
        return campaigns.findById(campaignId).map(c -> periodWarning(c, visitedOn)).orElse(List.of());
    }

    private static List<String> periodWarning(Campaign c, LocalDate date) {
        return c.covers(date) ? List.of()
                : List.of(Messages.get("visit.outsidePeriod", date.toString(), c.name(), c.period()));
    }

    /**
     * Records a new visit or saves an edited one. Refuses a locked campaign; refuses a second visit of the
     * same kind in the campaign with {@link DuplicateVisitException} unless the draft carries a reason.
     */
    public VisitSaved save(VisitDraft d) {
        return inGuardedTransaction(() -> {
            Optional<Campaign> campaign = campaignOf(d.campaignId());
            campaign.ifPresent(CampaignService::requireOpen);
            if (d.id() != null) {
                Visit before = visits.findById(d.id()).orElseThrow(() -> visitNotFound(d.id()));
                if (before.campaignId() != null && !before.campaignId().equals(d.campaignId())) {
                    campaignOf(before.campaignId()).ifPresent(CampaignService::requireOpen);
                }
            }
            Visit before = d.id() == null ? null : visits.findById(d.id()).orElseThrow();
            Visit v = toVisit(d, before);
            guard(v, d.duplicateReason());
            long id;
            if (v.id() == null) {
                id = visits.insert(v, operator.name());
                audit.record(AuditTrail.VISIT, id, AuditAction.INSERT, null, visits.findById(id).orElse(v));
            } else {
                visits.update(v, operator.name());
                id = v.id();
                audit.record(AuditTrail.VISIT, id, AuditAction.UPDATE, before, visits.findById(id).orElse(v));
            }
            return new VisitSaved(id, campaign.map(c -> periodWarning(c, v.visitedOn())).orElse(List.of()));
        });
    }

    /**
     * Records many new visits in ONE transaction (a roster import), each exactly as {@link #save} records it:
     * the campaign must be open, the household's file is snapshotted, and the double-payment guard refuses a
     * second visit of the same kind in the campaign unless the draft carries a reason (a visit saved earlier
     * in the same call counts). {@code afterEach} gets the number saved so far, every
     * {@link RecipientService#SAVE_ALL_CHUNK} drafts and at the end, and may throw to abort; any exception
     * rolls back every draft. Returns the ids in draft order.
     */
    public List<Long> saveAll(List<VisitDraft> drafts, java.util.function.IntConsumer afterEach) {
        return inGuardedTransaction(() -> {
            Set<Long> checkedCampaigns = new HashSet<>();
            Set<List<Object>> saved = new HashSet<>();
            List<Long> ids = new ArrayList<>(drafts.size());
            int chunkSize = RecipientService.SAVE_ALL_CHUNK;
            for (int from = 0; from < drafts.size(); from += chunkSize) {
                List<VisitDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + chunkSize));
                ids.addAll(saveChunk(chunk, checkedCampaigns, saved));
                afterEach.accept(ids.size());
            }
            return ids;
        });
    }

    /**
     * One chunk of {@link #saveAll}, with what {@link #save} asks one visit at a time asked for the chunk at once:
     * the recipients and their files in two queries, the double-payment guard in one (a visit of the same kind
     * already in the campaign, or saved earlier in this call, sends that draft through the one-by-one guard), the
     * visits in one multi-row INSERT, read back in one query, and their audit entries written together.
     */
    private List<Long> saveChunk(List<VisitDraft> chunk, Set<Long> checkedCampaigns, Set<List<Object>> saved) {
        Set<Long> recipientIds = new HashSet<>();
        for (VisitDraft d : chunk) {
            if (d.id() != null) {
                throw new IllegalArgumentException("saveAll records new visits only");
            }
            if (d.campaignId() != null && checkedCampaigns.add(d.campaignId())) {
                campaignOf(d.campaignId()).ifPresent(CampaignService::requireOpen);
            }
            recipientIds.add(d.recipientId());
        }
        java.util.Map<Long, Recipient> people = recipients.findByIds(recipientIds);
        java.util.Map<Long, HardshipFile> fileOf = files.findByRecipients(people.values().stream()
                .filter(Recipient::isHardshipWorker).map(Recipient::id).toList());
        Set<List<Object>> earlier = visits.sameKindKeys(recipientIds);
        List<Long> ids = new ArrayList<>(chunk.size());
        List<Visit> pending = new ArrayList<>(chunk.size());
        for (VisitDraft d : chunk) {
            Recipient r = people.get(d.recipientId());
            if (r == null) {
                throw recipientNotFound(d.recipientId());
            }
            Visit v = toVisit(d, null, r, Optional.ofNullable(fileOf.get(r.id())));
            List<Object> key = guardKey(v);
            if (key != null && (earlier.contains(key) || !saved.add(key))) {
                // a same-kind visit exists or was saved in this call: store what is pending, then ask as save does
                ids.addAll(insertLogged(pending));
                pending.clear();
                guard(v, d.duplicateReason());
                saved.add(key);
            }
            pending.add(v);
        }
        ids.addAll(insertLogged(pending));
        return ids;
    }

    /** Inserts visits with one multi-row INSERT and logs each as stored (read back in one query), in order. */
    private List<Long> insertLogged(List<Visit> ready) {
        if (ready.isEmpty()) {
            return List.of();
        }
        List<Long> ids = visits.insertAll(ready, operator.name());
        java.util.Map<Long, Visit> stored = visits.findByIds(ids);
        List<AuditTrail.Entry> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Visit v = stored.getOrDefault(ids.get(i), ready.get(i));
            entries.add(new AuditTrail.Entry(AuditTrail.VISIT, ids.get(i), AuditAction.INSERT, null, v));
        }
        audit.recordAll(entries);
        return ids;
    }

    /** What the double-payment guard compares: recipient, campaign, 帮扶类别; null when there is no campaign. */
    private static List<Object> guardKey(Visit v) {
        return v.campaignId() == null ? null : List.of(v.recipientId(), v.campaignId(), v.assistanceKind().code());
    }

    /**
     * Soft delete; refused when the campaign is closed, and when the visit changed after the list showed
     * {@code version} (optimistic locking: the clerk confirmed deleting what she saw).
     */
    public void delete(long visitId, int version) {
        tx.run(() -> {
            Visit v = visits.findById(visitId).orElseThrow(() -> visitNotFound(visitId));
            campaignOf(v.campaignId()).ifPresent(CampaignService::requireOpen);
            visits.softDelete(visitId, version, operator.name());
            audit.record(AuditTrail.VISIT, visitId, AuditAction.DELETE, v, null);
        });
    }

    private void guard(Visit v, String reason) {
        if (v.campaignId() == null) {
            return;
        }
        if (!visits.anySameKind(v.recipientId(), v.campaignId(), v.assistanceKind(), v.id())) {
            return;
        }
        List<VisitSummary> earlier = visits.sameKind(v.recipientId(), v.campaignId(), v.assistanceKind(), v.id());
        if (!earlier.isEmpty() && (reason == null || reason.isBlank())) {
            throw new DuplicateVisitException(earlier);
        }
    }

    /** Checks the draft and builds the visit, with the household's file as it is today (kept when editing). */
    private Visit toVisit(VisitDraft d, Visit before) {
        Recipient r = recipients.findById(d.recipientId()).orElseThrow(() -> recipientNotFound(d.recipientId()));
        return toVisit(d, before, r, r.isHardshipWorker() ? files.findByRecipient(r.id()) : Optional.empty());
    }

    private Visit toVisit(VisitDraft d, Visit before, Recipient r, Optional<HardshipFile> file) {
        if (r.deletedAt() != null) {
            throw new InvalidValueException(Messages.get("field.recipient"), Messages.get("visit.recipientDeleted",
                    r.name()));
        }
        if (d.visitedOn() == null) {
            throw new InvalidValueException(Messages.get("field.visitedOn"), Messages.get("error.required"));
        }
        if (d.form() == null) {
            throw new InvalidValueException(Messages.get("field.visitForm"), Messages.get("error.required"));
        }
        if (d.assistanceKind() == null) {
            throw new InvalidValueException(Messages.get("field.assistanceKind"), Messages.get("error.required"));
        }
        BigDecimal cash = amount("field.cash", d.cash());
        BigDecimal goodsValue = amount("field.goodsValue", d.goodsValue());
        boolean sameRecipient = before != null && before.recipientId() == r.id();
        return new Visit(d.id(), r.id(), d.campaignId(), r.organizationId(), d.visitedOn(), d.form(),
                blankToNull(d.visitors()), cash, blankToNull(d.goods()), goodsValue, d.fundSource(),
                d.assistanceKind(),
                sameRecipient ? before.hardshipType() : file.map(HardshipFile::hardshipType).orElse(null),
                sameRecipient ? before.fileStatus() : file.map(HardshipFile::status).orElse(null),
                d.signed(), blankToNull(d.note()), blankToNull(d.duplicateReason()), d.version());
    }

    private static BigDecimal amount(String fieldKey, BigDecimal value) {
        if (value == null) {
            return Money.zero();
        }
        return Money.visitAmount(Messages.get(fieldKey), value, value.toPlainString());
    }

    /**
     * The preview of a 集中慰问: one line per recipient (in the order given) with the standard amount;
     * a line whose recipient already had a visit of this kind in the campaign carries the problem.
     */
    public List<BatchVisits.Line> preview(BatchVisits.Common common, List<Long> recipientIds) {
        CampaignStandards standards = common.campaignId() == null ? CampaignStandards.none()
                : campaigns.standards(common.campaignId());
        AssistanceKind kind = common.assistanceKind() == null ? AssistanceKind.WARMTH : common.assistanceKind();
        List<BatchVisits.Line> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long id : recipientIds) {
            if (!seen.add(id)) {
                continue;
            }
            Recipient r = recipients.findById(id).orElseThrow(() -> recipientNotFound(id));
            Optional<HardshipFile> file = r.isHardshipWorker() ? files.findByRecipient(id) : Optional.empty();
            var type = file.map(HardshipFile::hardshipType).orElse(null);
            Optional<BigDecimal> standard = standards.amountFor(r.category(), type);
            String problem = common.campaignId() == null ? null
                    : earlierProblem(visits.sameKind(id, common.campaignId(), kind, null));
            lines.add(new BatchVisits.Line(id, r.name(), r.maskedIdNumber(), r.category(), type,
                    standard.orElse(Money.zero()), null, Money.zero(), problem,
                    standard.isPresent() ? null : Messages.get("batch.noStandard")));
        }
        return lines;
    }

    private static String earlierProblem(List<VisitSummary> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        VisitSummary v = earlier.get(0);
        return Messages.get("batch.alreadyVisited", v.visitedOn().toString(), v.cash().toPlainString());
    }

    /**
     * Records every line of the batch in one transaction: if any line is refused (locked campaign, earlier
     * visit of the same kind, bad amount, a recipient twice) nothing is written and the message names the
     * lines. Returns the warnings (date outside the period).
     */
    public List<String> commit(BatchVisits.Common common, List<BatchVisits.Line> lines) {
        if (lines.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.batch"), Messages.get("batch.empty"));
        }
        return inGuardedTransaction(() -> {
            Checked checked = check(common, lines, null);
            if (!checked.refused().isEmpty()) {
                List<String> refusals = new ArrayList<>();
                for (int i = 0; i < checked.refused().size(); i++) {
                    BatchVisits.Line l = checked.refused().get(i);
                    refusals.add(Messages.get("batch.lineRefused", checked.refusedAt().get(i) + 1, l.name(),
                            l.problem()));
                }
                throw new InvalidValueException(Messages.get("field.batch"),
                        Messages.get("batch.refused", refusals.size(), String.join("\n", refusals)));
            }
            insertAll(checked.ready());
            return checked.warnings();
        });
    }

    /**
     * 集中慰问 as the window saves it (issue 15, point 7): the good lines are recorded in one transaction and
     * the refused ones come back, each with why, unsaved — one bad line never holds up the others. A line whose
     * recipient had a visit of the same kind in the campaign is saved with {@code duplicateReason} when one is
     * given (as the single visit's guard does), refused otherwise. A locked campaign refuses the whole batch.
     */
    public BatchVisits.Saved commitGood(BatchVisits.Common common, List<BatchVisits.Line> lines,
                                        String duplicateReason) {
        if (lines.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.batch"), Messages.get("batch.empty"));
        }
        return inGuardedTransaction(() -> {
            Checked checked = check(common, lines, blankToNull(duplicateReason));
            insertAll(checked.ready());
            return new BatchVisits.Saved(checked.saved(), checked.refused(), checked.warnings());
        });
    }

    /** {@code refusedAt}: the index in the batch of each refused line. */
    private record Checked(List<Visit> ready, List<BatchVisits.Line> saved, List<BatchVisits.Line> refused,
                           List<Integer> refusedAt, List<String> warnings) {
    }

    /** Each line checked as it would be saved: the visits ready to insert, and the lines refused with why. */
    private Checked check(BatchVisits.Common common, List<BatchVisits.Line> lines, String duplicateReason) {
        Optional<Campaign> campaign = campaignOf(common.campaignId());
        campaign.ifPresent(CampaignService::requireOpen);
        VisitForm form = common.form() == null ? VisitForm.GROUP_EVENT : common.form();
        AssistanceKind kind = common.assistanceKind() == null ? AssistanceKind.WARMTH : common.assistanceKind();
        List<Visit> ready = new ArrayList<>();
        List<BatchVisits.Line> saved = new ArrayList<>();
        List<BatchVisits.Line> refused = new ArrayList<>();
        List<Integer> refusedAt = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BatchVisits.Line l = lines.get(i);
            try {
                if (!seen.add(l.recipientId())) {
                    throw new InvalidValueException(null, Messages.get("batch.twice"));
                }
                String reason = null;
                if (common.campaignId() != null) {
                    String problem = earlierProblem(visits.sameKind(l.recipientId(), common.campaignId(), kind,
                            null));
                    if (problem != null && duplicateReason == null) {
                        throw new InvalidValueException(null, problem);
                    }
                    reason = problem == null ? null : duplicateReason;
                }
                ready.add(toVisit(new VisitDraft(null, l.recipientId(), common.campaignId(), common.visitedOn(),
                        form, common.visitors(), l.cash(), l.goods(), l.goodsValue(), common.fundSource(), kind,
                        common.signed(), common.note(), reason), null));
                saved.add(l);
            } catch (InvalidValueException e) {
                refused.add(l.withProblem(e.getMessage()));
                refusedAt.add(i);
            }
        }
        List<String> warnings = campaign.map(c -> periodWarning(c, common.visitedOn())).orElse(List.of());
        return new Checked(ready, saved, refused, refusedAt, warnings);
    }

    private void insertAll(List<Visit> ready) {
        for (Visit v : ready) {
            long id = visits.insert(v, operator.name());
            audit.record(AuditTrail.VISIT, id, AuditAction.INSERT, null, visits.findById(id).orElse(v));
        }
    }

    /**
     * Runs a save in one transaction and, when the guard's unique index kept a visit out (another clerk saved the same
     * reason-less one at that moment), runs it again: its own check then sees the visit that got in and refuses as
     * the guard does (asking for a reason), or the line is refused in a batch. A few tries, a moment apart: an
     * engine may report the clash before the other transaction has committed.
     */
    private <T> T inGuardedTransaction(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inTransaction(work);
            } catch (GuardConflictException e) {
                if (attempt == GUARD_TRIES) {
                    throw new InvalidValueException(Messages.get("field.duplicateReason"),
                            Messages.get("visit.duplicateMeanwhile"));
                }
                pause(attempt * 20L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving", e);
        }
    }

    private Optional<Campaign> campaignOf(Long campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return Optional.of(campaigns.findById(campaignId).orElseThrow(() -> CampaignService.notFound(campaignId)));
    }

    private static InvalidValueException recipientNotFound(long id) {
        return new InvalidValueException(Messages.get("field.recipient"), Messages.get("visit.recipientNotFound", String.valueOf(id)));
    }

    private static InvalidValueException visitNotFound(long id) {
        return new InvalidValueException(Messages.get("field.visit"), Messages.get("visit.notFound", String.valueOf(id)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Listing visits with 身份证号 in full is deliberate and logged (how many rows), like the register's list. */
    public void fullNumbersShown(int rows) {
        audit.record(AuditTrail.VISIT, null, AuditAction.SHOW_FULL,
                Messages.get("audit.showFull.visits", rows), null, null);
    }
}
