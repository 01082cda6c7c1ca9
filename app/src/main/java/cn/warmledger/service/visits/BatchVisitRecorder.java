package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.domain.AssistanceKind;
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
import cn.warmledger.service.recipients.RecipientService;

/**
 * 集中慰问: the preview of a batch (one line per recipient with the standard amount and any earlier visit), and
 * its recording in one transaction, all-or-nothing ({@link #commit}) or the good lines only ({@link #commitGood}).
 */
final class BatchVisitRecorder {
    private final VisitRepository visits;
    private final CampaignRepository campaigns;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final VisitDrafts visitDrafts;
    private final DoublePaymentGuard guard;
    private final BulkVisitWriter bulk;

    BatchVisitRecorder(VisitRepository visits, CampaignRepository campaigns, RecipientRepository recipients,
                       HardshipFileRepository files, VisitDrafts visitDrafts, DoublePaymentGuard guard,
                       BulkVisitWriter bulk) {
        this.visits = visits;
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.files = files;
        this.visitDrafts = visitDrafts;
        this.guard = guard;
        this.bulk = bulk;
    }

    /**
     * A batch's recipients, their 档案 and the keys of their visits already in a campaign, read a chunk of ids at a
     * time rather than three queries per line (a 集中慰问 of 500 on the office server was 1,500 round trips).
     */
    private record People(Map<Long, Recipient> byId, Map<Long, HardshipFile> fileOf, Set<List<Object>> earlier) {
        Recipient get(long id) {
            Recipient r = byId.get(id);
            if (r == null) {
                throw VisitDrafts.recipientNotFound(id);
            }
            return r;
        }

        Optional<HardshipFile> file(long id) {
            return Optional.ofNullable(fileOf.get(id));
        }
    }

    private People lookUp(Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Recipient> byId = new HashMap<>();
        Set<List<Object>> earlier = new HashSet<>();
        for (int from = 0; from < all.size(); from += RecipientService.SAVE_ALL_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + RecipientService.SAVE_ALL_CHUNK));
            byId.putAll(recipients.findByIds(chunk));
            earlier.addAll(visits.sameKindKeys(chunk));
        }
        Map<Long, HardshipFile> fileOf = files.findByRecipients(byId.values().stream()
                .filter(Recipient::isHardshipWorker).map(Recipient::id).toList());
        return new People(byId, fileOf, earlier);
    }

    /** The line's problem when the recipient already had a visit of this kind in the campaign; null when none. */
    private String earlierProblem(People people, long recipientId, Long campaignId, AssistanceKind kind) {
        if (campaignId == null || !people.earlier().contains(List.of(recipientId, campaignId, kind.code()))) {
            return null;
        }
        return DoublePaymentGuard.earlierProblem(visits.sameKind(recipientId, campaignId, kind, null));
    }

    /** See {@link VisitService#preview}. */
    List<BatchVisits.Line> preview(BatchVisits.Common common, List<Long> recipientIds) {
        CampaignStandards standards = common.campaignId() == null ? CampaignStandards.none()
                : campaigns.standards(common.campaignId());
        AssistanceKind kind = common.assistanceKind() == null ? AssistanceKind.WARMTH : common.assistanceKind();
        List<BatchVisits.Line> lines = new ArrayList<>();
        People people = lookUp(recipientIds);
        for (long id : new LinkedHashSet<>(recipientIds)) {
            Recipient r = people.get(id);
            var type = people.file(id).map(HardshipFile::hardshipType).orElse(null);
            Optional<BigDecimal> standard = standards.amountFor(r.category(), type);
            String problem = earlierProblem(people, id, common.campaignId(), kind);
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
            bulk.insertLogged(checked.ready());
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
            bulk.insertLogged(checked.ready());
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
        People people = lookUp(lines.stream().map(BatchVisits.Line::recipientId).toList());
        for (int i = 0; i < lines.size(); i++) {
            BatchVisits.Line l = lines.get(i);
            try {
                if (!seen.add(l.recipientId())) {
                    throw new InvalidValueException(null, Messages.get("batch.twice"));
                }
                String problem = earlierProblem(people, l.recipientId(), common.campaignId(), kind);
                if (problem != null && duplicateReason == null) {
                    throw new InvalidValueException(null, problem);
                }
                String reason = problem == null ? null : duplicateReason;
                ready.add(visitDrafts.toVisit(new VisitDraft(null, l.recipientId(), common.campaignId(),
                        common.visitedOn(), form, common.visitors(), l.cash(), l.goods(), l.goodsValue(),
                        common.fundSource(), kind, common.signed(), common.note(), reason), null,
                        people.get(l.recipientId()), people.file(l.recipientId())));
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
}
