package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.service.campaigns.CampaignService;

/**
 * A {@link VisitDraft} checked and turned into the {@link Visit} every way of saving stores (one visit, a
 * 集中慰问, a roster import): required fields, amounts, the household's file as it is today, the campaign it names.
 */
final class VisitDrafts {
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final CampaignRepository campaigns;

    VisitDrafts(RecipientRepository recipients, HardshipFileRepository files, CampaignRepository campaigns) {
        this.recipients = recipients;
        this.files = files;
        this.campaigns = campaigns;
    }

    /** Checks the draft and builds the visit, with the household's file as it is today (kept when editing). */
    Visit toVisit(VisitDraft d, Visit before) {
        Recipient r = recipients.findById(d.recipientId()).orElseThrow(() -> recipientNotFound(d.recipientId()));
        return toVisit(d, before, r, r.isHardshipWorker() ? files.findByRecipient(r.id()) : Optional.empty());
    }

    Visit toVisit(VisitDraft d, Visit before, Recipient r, Optional<HardshipFile> file) {
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
                Trimmed.orNull(d.visitors()), cash, Trimmed.orNull(d.goods()), goodsValue, d.fundSource(),
                d.assistanceKind(),
                sameRecipient ? before.hardshipType() : file.map(HardshipFile::hardshipType).orElse(null),
                sameRecipient ? before.fileStatus() : file.map(HardshipFile::status).orElse(null),
                d.signed(), Trimmed.orNull(d.note()), Trimmed.orNull(d.duplicateReason()), d.version());
    }

    private static BigDecimal amount(String fieldKey, BigDecimal value) {
        if (value == null) {
            return Money.zero();
        }
        return Money.visitAmount(Messages.get(fieldKey), value, value.toPlainString());
    }

    Optional<Campaign> campaignOf(Long campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return Optional.of(campaigns.findById(campaignId).orElseThrow(() -> CampaignService.notFound(campaignId)));
    }

    static List<String> periodWarning(Campaign c, LocalDate date) {
        return c.covers(date) ? List.of()
                : List.of(Messages.get("visit.outsidePeriod", date.toString(), c.name(), c.period()));
    }

    static InvalidValueException recipientNotFound(long id) {
        return new InvalidValueException(Messages.get("field.recipient"), Messages.get("visit.recipientNotFound", String.valueOf(id)));
    }

    static InvalidValueException visitNotFound(long id) {
        return new InvalidValueException(Messages.get("field.visit"), Messages.get("visit.notFound", String.valueOf(id)));
    }
}
