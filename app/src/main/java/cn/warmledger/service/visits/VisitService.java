package cn.warmledger.service.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.domain.VisitTotals;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.recipients.RecipientService;

/**
 * 走访慰问: record, edit and (softly) delete visits; the double-payment guard ({@link DoublePaymentGuard});
 * 集中慰问 in one transaction ({@link BatchVisitRecorder}); a roster import's visits ({@link BulkVisitWriter}).
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
    private final VisitDrafts visitDrafts;
    private final DoublePaymentGuard guard;
    private final BulkVisitWriter bulk;
    private final BatchVisitRecorder batches;

    public VisitService(VisitRepository visits, CampaignRepository campaigns, RecipientRepository recipients,
                        HardshipFileRepository files, Transactor tx, CurrentOperator operator, AuditTrail audit) {
        this.visits = visits;
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
        this.visitDrafts = new VisitDrafts(recipients, files, campaigns);
        this.guard = new DoublePaymentGuard(visits, tx);
        this.bulk = new BulkVisitWriter(visits, recipients, files, operator, audit, visitDrafts, guard);
        this.batches = new BatchVisitRecorder(visits, campaigns, recipients, files, visitDrafts, guard, bulk);
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
    public Set<Long> visitedRecipients(long campaignId) {
        return visits.visitedRecipients(campaignId);
    }

    public List<String> knownVisitors() {
        return visits.knownVisitors(200);
    }

    /** The standard amount for the recipient in the campaign, and the household's file as it is today. */
    public VisitDefaults defaults(long recipientId, Long campaignId) {
        Recipient r = recipients.findById(recipientId).orElseThrow(() -> VisitDrafts.recipientNotFound(recipientId));
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
        Campaign c = visitDrafts.campaignOf(campaignId).orElseThrow();
        CampaignService.requireOpen(c);
        return c;
    }

    /** Warnings the form shows before saving: a date outside the campaign's period. */
    public List<String> warnings(Long campaignId, LocalDate visitedOn) {
        if (campaignId == null || visitedOn == null) {
            return List.of();
        }
        return campaigns.findById(campaignId).map(c -> VisitDrafts.periodWarning(c, visitedOn)).orElse(List.of());
    }

    /**
     * Records a new visit or saves an edited one. Refuses a locked campaign; refuses a second visit of the
     * same kind in the campaign with {@link DuplicateVisitException} unless the draft carries a reason.
     */
    public VisitSaved save(VisitDraft d) {
        return guard.inTransaction(() -> {
            Optional<Campaign> campaign = visitDrafts.campaignOf(d.campaignId());
            campaign.ifPresent(CampaignService::requireOpen);
            Visit before = d.id() == null ? null
                    : visits.findById(d.id()).orElseThrow(() -> VisitDrafts.visitNotFound(d.id()));
            // moved out of another campaign: that one must be open too
            if (before != null && before.campaignId() != null && !before.campaignId().equals(d.campaignId())) {
                visitDrafts.campaignOf(before.campaignId()).ifPresent(CampaignService::requireOpen);
            }
            Visit v = visitDrafts.toVisit(d, before);
            guard.check(v, d.duplicateReason());
            long id;
            if (v.id() == null) {
                id = visits.insert(v, operator.name());
                audit.record(AuditTrail.VISIT, id, AuditAction.INSERT, null, visits.findById(id).orElse(v));
            } else {
                visits.update(v, operator.name());
                id = v.id();
                audit.record(AuditTrail.VISIT, id, AuditAction.UPDATE, before, visits.findById(id).orElse(v));
            }
            return new VisitSaved(id, campaign.map(c -> VisitDrafts.periodWarning(c, v.visitedOn())).orElse(List.of()));
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
        return bulk.saveAll(drafts, afterEach);
    }

    /**
     * Soft delete; refused when the campaign is closed, and when the visit changed after the list showed
     * {@code version} (optimistic locking: the clerk confirmed deleting what she saw).
     */
    public void delete(long visitId, int version) {
        tx.run(() -> {
            Visit v = visits.findById(visitId).orElseThrow(() -> VisitDrafts.visitNotFound(visitId));
            visitDrafts.campaignOf(v.campaignId()).ifPresent(CampaignService::requireOpen);
            visits.softDelete(visitId, version, operator.name());
            audit.record(AuditTrail.VISIT, visitId, AuditAction.DELETE, v, null);
        });
    }

    /**
     * The preview of a 集中慰问: one line per recipient (in the order given) with the standard amount;
     * a line whose recipient already had a visit of this kind in the campaign carries the problem.
     */
    public List<BatchVisits.Line> preview(BatchVisits.Common common, List<Long> recipientIds) {
        return batches.preview(common, recipientIds);
    }

    /**
     * Records every line of the batch in one transaction: if any line is refused (locked campaign, earlier
     * visit of the same kind, bad amount, a recipient twice) nothing is written and the message names the
     * lines. Returns the warnings (date outside the period).
     */
    public List<String> commit(BatchVisits.Common common, List<BatchVisits.Line> lines) {
        return batches.commit(common, lines);
    }

    /**
     * 集中慰问 as the window saves it (issue 15, point 7): the good lines are recorded in one transaction and
     * the refused ones come back, each with why, unsaved — one bad line never holds up the others. A line whose
     * recipient had a visit of the same kind in the campaign is saved with {@code duplicateReason} when one is
     * given (as the single visit's guard does), refused otherwise. A locked campaign refuses the whole batch.
     */
    public BatchVisits.Saved commitGood(BatchVisits.Common common, List<BatchVisits.Line> lines,
                                        String duplicateReason) {
        return batches.commitGood(common, lines, duplicateReason);
    }

    /** Listing visits with 身份证号 in full is deliberate and logged (how many rows), like the register's list. */
    public void fullNumbersShown(int rows) {
        audit.record(AuditTrail.VISIT, null, AuditAction.SHOW_FULL,
                Messages.get("audit.showFull.visits", rows), null, null);
    }
}
