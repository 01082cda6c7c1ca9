package cn.warmledger.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.visits.VisitDraft;

/**
 * One roster row as the visit it becomes: the recipient (registered, or checked from the row when
 * {@code newRecipient} is set and will be created first), the household's 困难类型/档案状态 as the visit will
 * keep them, and what was given. Amounts are 元, scale 2, zero when the cell was blank.
 */
public record ImportedVisit(Recipient recipient, RecipientDraft newRecipient, HardshipType hardshipType,
                            FileStatus fileStatus, LocalDate visitedOn, VisitForm form, String visitors,
                            BigDecimal cash, String goods, BigDecimal goodsValue, FundSource fundSource,
                            AssistanceKind assistanceKind, String note) {

    public boolean createsRecipient() {
        return newRecipient != null;
    }

    /** The draft VisitService records; {@code duplicateReason} set only for a row the guard held. */
    VisitDraft draft(long recipientId, long campaignId, String duplicateReason) {
        return new VisitDraft(null, recipientId, campaignId, visitedOn, form, visitors, cash, goods, goodsValue,
                fundSource, assistanceKind, false, note, duplicateReason);
    }
}
