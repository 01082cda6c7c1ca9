package cn.warmledger.service;

import java.util.concurrent.CancellationException;

import cn.warmledger.domain.Messages;
import cn.warmledger.persistence.DatabaseErrors;

/**
 * What the clerk is told when something failed, for the command line's last word and the window's error display:
 * our own messages (Chinese already) as they are; a full disk as 磁盘空间不足; a database failure in Chinese
 * (H2's text and jOOQ's SQL never); anything else without a Chinese message as an internal error by its kind.
 */
public final class ClerkMessages {
    private ClerkMessages() {
    }

    /** The message to show for {@code error}. */
    public static String of(Throwable error) {
        if (error == null) {
            return Messages.get("error.internal", "?");
        }
        if (diskFull(error)) {
            return Messages.get("error.diskFull");
        }
        if (error instanceof cn.warmledger.persistence.DatabaseException) {
            return error.getMessage();
        }
        var database = DatabaseErrors.describe(error);
        if (database.isPresent()) {
            return database.get();
        }
        String message = error.getMessage();
        if (message != null && isChinese(message)) {
            return message;
        }
        return Messages.get("error.internal", error.getClass().getSimpleName());
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

    private static boolean diskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DatabaseErrors.isDiskFull(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A failure whose original text is not for the clerk, with the text that is. */
    public static final class ClerkFacingException extends RuntimeException {
        ClerkFacingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
