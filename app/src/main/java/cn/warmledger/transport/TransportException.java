package cn.warmledger.transport;

import cn.warmledger.domain.Messages;

/**
 * A delivery or a connection test that did not succeed, with a Chinese message that says what to do.
 * {@link #retryable()} tells the outbox whether trying again later can help (network down, timeout,
 * server busy) or whether the settings must be fixed first (wrong password, untrusted certificate, 4xx).
 */
public final class TransportException extends Exception {
    private final boolean retryable;
    private final boolean wholeTarget;

    private TransportException(boolean retryable, String message, Throwable cause) {
        this(retryable, false, message, cause);
    }

    private TransportException(boolean retryable, boolean wholeTarget, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.wholeTarget = wholeTarget;
    }

    /** Trying again later can help. */
    public static TransportException retry(Throwable cause, String key, Object... args) {
        return new TransportException(true, Messages.get(key, args), cause);
    }

    /** The settings must be fixed first; automatic retries stop until they change. */
    public static TransportException fixSettings(Throwable cause, String key, Object... args) {
        return new TransportException(false, Messages.get(key, args), cause);
    }

    public boolean retryable() {
        return retryable;
    }

    /**
     * The same failure, marked as the target's answer to every submission (a refused login, an account that is
     * throttled): the outbox stops its pass here instead of asking again for each one (坚果云 counts every try).
     */
    public TransportException forWholeTarget() {
        TransportException e = new TransportException(retryable, true, getMessage(), getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    public boolean wholeTarget() {
        return wholeTarget;
    }
}
