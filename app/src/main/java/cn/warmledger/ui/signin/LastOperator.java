package cn.warmledger.ui.signin;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The operator who signed in last (issue 15, point 8), filled in on the next sign-in page. Remembered per user of
 * the machine in java.util.prefs, as {@link cn.warmledger.ui.shell.WindowPlacement} keeps the window's place: it
 * belongs to the person at this computer, not to the data folder. Only a name, no personal data.
 */
public final class LastOperator {
    private static final String KEY = "lastOperator";
    /** Null when nothing is remembered (tests that must not touch the user's store). */
    private final Preferences store;

    public LastOperator(Preferences store) {
        this.store = store;
    }

    /** The application's own store (none under a measuring run: {@link cn.warmledger.ui.common.UserPreferences}). */
    public static LastOperator forUser() {
        return new LastOperator(cn.warmledger.ui.common.UserPreferences.node("signin"));
    }

    /** Remembers nothing. */
    public static LastOperator none() {
        return new LastOperator(null);
    }

    public String get() {
        return store == null ? "" : store.get(KEY, "");
    }

    public void remember(String name) {
        if (store == null) {
            return;
        }
        store.put(KEY, name);
        try {
            store.flush();
        } catch (BackingStoreException e) {
            // not remembered: the clerk types the name next time, nothing else is lost
        }
    }
}
