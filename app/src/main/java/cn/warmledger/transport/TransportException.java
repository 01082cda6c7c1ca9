package cn.warmledger.transport;

import cn.warmledger.domain.Messages;

/**
 * A delivery or a connection test that did not succeed, with a Chinese message that says what to do.
 * {@link #retryable()} tells the outbox whether trying again later can help (network down, timeout,
 * server busy) or whether the settings must be fixed first (wrong password, untrusted certificate, 4xx).
 */
public final class TransportException extends Exception {
    private final boolean retryable;

    private TransportException(boolean retryable, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
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
}
