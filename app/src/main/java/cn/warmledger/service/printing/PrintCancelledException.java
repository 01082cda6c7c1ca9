package cn.warmledger.service.printing;

import java.util.concurrent.CancellationException;

import cn.warmledger.domain.Messages;

/** The print was cancelled before any job reached the spooler: nothing was sent to the printer. */
public final class PrintCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public PrintCancelledException() {
        super(Messages.get("print.cancelled"));
    }
}
