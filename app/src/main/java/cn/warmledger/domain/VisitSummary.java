package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the visits table: the visit with the recipient, the campaign and the unit named. */
public record VisitSummary(long id, long recipientId, String recipientName, String idNumber,
                          RecipientCategory category, Long campaignId, String campaignName, String organizationName,
                          LocalDate visitedOn, VisitForm form, String visitors, BigDecimal cash, String goods,
                          BigDecimal goodsValue, FundSource fundSource, AssistanceKind assistanceKind,
                          HardshipType hardshipType, FileStatus fileStatus, boolean signed, String note,
                          String duplicateReason, int version) {
    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public BigDecimal total() {
        return cash.add(goodsValue);
    }
}
