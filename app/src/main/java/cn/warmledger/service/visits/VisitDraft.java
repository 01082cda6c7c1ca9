package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.VisitForm;

/**
 * What the visit form hands to the service; {@code id} null for a new visit. {@code duplicateReason}
 * is the clerk's reason for a second visit of the same kind in the campaign (the double-payment guard); {@code version}
 * the visit's row version as the form loaded it (optimistic locking).
 */
public record VisitDraft(Long id, long recipientId, Long campaignId, LocalDate visitedOn, VisitForm form,
                         String visitors, BigDecimal cash, String goods, BigDecimal goodsValue, FundSource fundSource,
                         AssistanceKind assistanceKind, boolean signed, String note, String duplicateReason,
                         int version) {

    /** A draft of a new visit (version 0). */
    public VisitDraft(Long id, long recipientId, Long campaignId, LocalDate visitedOn, VisitForm form, String visitors,
                      BigDecimal cash, String goods, BigDecimal goodsValue, FundSource fundSource,
                      AssistanceKind assistanceKind, boolean signed, String note, String duplicateReason) {
        this(id, recipientId, campaignId, visitedOn, form, visitors, cash, goods, goodsValue, fundSource,
                assistanceKind, signed, note, duplicateReason, 0);
    }

    public VisitDraft withDuplicateReason(String reason) {
        return new VisitDraft(id, recipientId, campaignId, visitedOn, form, visitors, cash, goods, goodsValue,
                fundSource, assistanceKind, signed, note, reason, version);
    }
}
