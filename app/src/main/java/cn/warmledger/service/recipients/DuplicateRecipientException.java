package cn.warmledger.service.recipients;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;

/** A second recipient with a 身份证号 already in the register; names the one that holds it. */
public final class DuplicateRecipientException extends InvalidValueException {
    private final transient Recipient existing;

    public DuplicateRecipientException(Recipient existing) {
        super(Messages.get("field.idNumber"), Messages.get(existing.deletedAt() == null
                ? "recipient.duplicate" : "recipient.duplicateDeleted", existing.name(), existing.maskedIdNumber()));
        this.existing = existing;
    }

    public Recipient existing() {
        return existing;
    }
}
