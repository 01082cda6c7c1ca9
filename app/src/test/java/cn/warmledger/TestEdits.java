package cn.warmledger;

import java.math.BigDecimal;

import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.Visit;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.visits.VisitDraft;

/** What a clerk's form hands over after loading a row and changing a field or two: the loaded versions included. */
public final class TestEdits {
    private TestEdits() {
    }

    public static RecipientDraft recipient(RecipientDetails loaded, String phone, String note) {
        Recipient r = loaded.recipient();
        return new RecipientDraft(r.id(), r.idNumber(), r.name(), r.gender(), r.birthDate(), phone, r.employer(),
                r.address(), r.category(), r.organizationId(), note, loaded.hardshipFile().orElse(null),
                loaded.family(), null, r.version());
    }

    public static RecipientDraft asModelWorker(RecipientDetails loaded) {
        Recipient r = loaded.recipient();
        return new RecipientDraft(r.id(), r.idNumber(), r.name(), r.gender(), r.birthDate(), r.phone(), r.employer(),
                r.address(), RecipientCategory.MODEL_WORKER, r.organizationId(), r.note(), null, null, null,
                r.version());
    }

    public static VisitDraft visit(Visit loaded, String cash) {
        return new VisitDraft(loaded.id(), loaded.recipientId(), loaded.campaignId(), loaded.visitedOn(),
                loaded.form(), loaded.visitors(), new BigDecimal(cash), loaded.goods(), loaded.goodsValue(),
                loaded.fundSource(), loaded.assistanceKind(), loaded.signed(), loaded.note(),
                loaded.duplicateReason(), loaded.version());
    }
}
