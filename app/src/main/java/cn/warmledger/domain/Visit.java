package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 走访慰问: one visit to a recipient. {@code hardshipType} and {@code fileStatus} are the household's
 * file as it was on the day of recording, so later statistics (深度/相对/意外/已退档 户数) are reproducible.
 */
public record Visit(Long id, long recipientId, Long campaignId, Long organizationId, LocalDate visitedOn,
                    VisitForm form, String visitors, BigDecimal cash, String goods, BigDecimal goodsValue,
                    FundSource fundSource, AssistanceKind assistanceKind, HardshipType hardshipType,
                    FileStatus fileStatus, boolean signed, String note, String duplicateReason, int version) {

    /** A visit not read from the database (new, or a draft): version 0. */
    public Visit(Long id, long recipientId, Long campaignId, Long organizationId, LocalDate visitedOn, VisitForm form,
                 String visitors, BigDecimal cash, String goods, BigDecimal goodsValue, FundSource fundSource,
                 AssistanceKind assistanceKind, HardshipType hardshipType, FileStatus fileStatus, boolean signed,
                 String note, String duplicateReason) {
        this(id, recipientId, campaignId, organizationId, visitedOn, form, visitors, cash, goods, goodsValue,
                fundSource, assistanceKind, hardshipType, fileStatus, signed, note, duplicateReason, 0);
    }

    /** 慰问总金额 of the statistics table: cash plus the goods' value. */
    public BigDecimal total() {
        return cash.add(goodsValue);
    }
}
