package cn.warmledger.service.common;

import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;
import cn.warmledger.persistence.DatabaseErrors;

/**
 * What the clerk is told when something failed, for the command line's last word and the window's error display:
 * our own messages (Chinese already) as they are; a full disk as 磁盘空间不足; a database failure in Chinese
 * (H2's text and jOOQ's SQL never); an I/O failure by its kind (Causes.ioReason); anything else as an internal error, its class only in the log.
 */
public final class ClerkMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ClerkMessages.class);

    private ClerkMessages() {
    }

    /** The message to show for {@code error}. */
    public static String of(Throwable error) {
        if (error == null) {
            return Messages.get("error.internal");
        }
        if (Causes.diskFull(error)) {
            return Messages.get("error.diskFull");
        }
        if (error instanceof cn.warmledger.persistence.DatabaseException) {
            return error.getMessage();
        }
        var database = DatabaseErrors.describe(error);
        if (database.isPresent()) {
            return database.get();
        }
        if (Causes.find(error, java.nio.file.FileSystemException.class).isPresent()) {
            return Messages.get("error.io", Causes.ioReason(error)); // its text is a bare path
        }
        String message = error.getMessage();
        // a wrapper's text is its cause's "java.nio.file.NoSuchFileException: /路径" — Chinese in a path is no reason
        if (Causes.ownWords(message)) {
            return message;
        }
        if (Causes.find(error, java.io.IOException.class).isPresent()) {
            return Messages.get("error.io", Causes.ioReason(error));
        }
        // the kind and text of the failure are for the log: a Java class name says nothing to the clerk
        LOG.warn("internal failure shown to the clerk as such: {}", error.getClass().getName());
        return Messages.get("error.internal");
    }

    /**
     * The failure as the window's handlers receive it: the same object when its message can be shown (our checks,
     * a cancel), else wrapped so that {@code getMessage()} is {@link #of}'s text. Handlers that look at the type of
     * our own exceptions keep working, since those are never wrapped.
     */
    public static Throwable readable(Throwable error) {
        if (error == null || error instanceof CancellationException || error instanceof InterruptedException) {
            return error;
        }
        String shown = of(error);
        return shown.equals(error.getMessage()) ? error : new ClerkFacingException(shown, error);
    }

    /** A failure whose original text is not for the clerk, with the text that is. */
    public static final class ClerkFacingException extends RuntimeException {
        ClerkFacingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
