package cn.warmledger.service.visits;

import java.math.BigDecimal;
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
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.safety.AuditTrail;

/**
 * 集中慰问: the preview of a batch (one line per recipient with the standard amount and any earlier visit), and
 * its recording in one transaction, all-or-nothing ({@link #commit}) or the good lines only ({@link #commitGood}).
 */
final class BatchVisitRecorder {
    private final VisitRepository visits;
    private final CampaignRepository campaigns;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final CurrentOperator operator;
    private final AuditTrail audit;
    private final VisitDrafts visitDrafts;
    private final DoublePaymentGuard guard;

    BatchVisitRecorder(VisitRepository visits, CampaignRepository campaigns, RecipientRepository recipients,
                       HardshipFileRepository files, CurrentOperator operator, AuditTrail audit,
                       VisitDrafts visitDrafts, DoublePaymentGuard guard) {
        this.visits = visits;
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.files = files;
        this.operator = operator;
        this.audit = audit;
        this.visitDrafts = visitDrafts;
        this.guard = guard;
    }

    /** See {@link VisitService#preview}. */
    List<BatchVisits.Line> preview(BatchVisits.Common common, List<Long> recipientIds) {
        CampaignStandards standards = common.campaignId() == null ? CampaignStandards.none()
                : campaigns.standards(common.campaignId());
        AssistanceKind kind = common.assistanceKind() == null ? AssistanceKind.WARMTH : common.assistanceKind();
        List<BatchVisits.Line> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long id : recipientIds) {
            if (!seen.add(id)) {
                continue;
            }
            Recipient r = recipients.findById(id).orElseThrow(() -> VisitDrafts.recipientNotFound(id));
            Optional<HardshipFile> file = r.isHardshipWorker() ? files.findByRecipient(id) : Optional.empty();
            var type = file.map(HardshipFile::hardshipType).orElse(null);
            Optional<BigDecimal> standard = standards.amountFor(r.category(), type);
            String problem = common.campaignId() == null ? null
                    : DoublePaymentGuard.earlierProblem(visits.sameKind(id, common.campaignId(), kind, null));
            lines.add(new BatchVisits.Line(id, r.name(), r.maskedIdNumber(), r.category(), type,
                    standard.orElse(Money.zero()), null, Money.zero(), problem,
                    standard.isPresent() ? null : Messages.get("batch.noStandard")));
        }
        return lines;
    }

    /** See {@link VisitService#commit}. */
    List<String> commit(BatchVisits.Common common, List<BatchVisits.Line> lines) {
        if (lines.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.batch"), Messages.get("batch.empty"));
        }
        return guard.inTransaction(() -> {
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

    /** See {@link VisitService#commitGood}. */
    BatchVisits.Saved commitGood(BatchVisits.Common common, List<BatchVisits.Line> lines, String duplicateReason) {
        if (lines.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.batch"), Messages.get("batch.empty"));
        }
        return guard.inTransaction(() -> {
            Checked checked = check(common, lines, Trimmed.orNull(duplicateReason));
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
        Optional<Campaign> campaign = visitDrafts.campaignOf(common.campaignId());
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
                    String problem = DoublePaymentGuard.earlierProblem(visits.sameKind(l.recipientId(),
                            common.campaignId(), kind, null));
                    if (problem != null && duplicateReason == null) {
                        throw new InvalidValueException(null, problem);
                    }
                    reason = problem == null ? null : duplicateReason;
                }
                ready.add(visitDrafts.toVisit(new VisitDraft(null, l.recipientId(), common.campaignId(),
                        common.visitedOn(), form, common.visitors(), l.cash(), l.goods(), l.goodsValue(),
                        common.fundSource(), kind, common.signed(), common.note(), reason), null));
                saved.add(l);
            } catch (InvalidValueException e) {
                refused.add(l.withProblem(e.getMessage()));
                refusedAt.add(i);
            }
        }
        List<String> warnings = campaign.map(c -> VisitDrafts.periodWarning(c, common.visitedOn()))
                .orElse(List.of());
        return new Checked(ready, saved, refused, refusedAt, warnings);
    }

    private void insertAll(List<Visit> ready) {
        for (Visit v : ready) {
            long id = visits.insert(v, operator.name());
            audit.record(AuditTrail.VISIT, id, AuditAction.INSERT, null, visits.findById(id).orElse(v));
        }
    }
}
