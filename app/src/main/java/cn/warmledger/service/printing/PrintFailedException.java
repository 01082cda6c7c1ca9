package cn.warmledger.service.printing;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/** Nothing was printed; the message says why in Chinese (the printer, the missing command, the state). */
public final class PrintFailedException extends InvalidValueException {
    public PrintFailedException(String reason) {
        super(Messages.get("print.field"), reason);
    }
}
