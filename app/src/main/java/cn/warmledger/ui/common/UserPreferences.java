package cn.warmledger.ui.common;

import java.util.prefs.Preferences;

/**
 * The person at this computer's own java.util.prefs store (the registry on Windows, ~/.java on Linux): the window's
 * place and the last operator's name. A measuring run ({@code -Dwarmledger.startupProbe=true}, scripts/cold-start.sh)
 * is not that person: it gets no store, so its operator 基准 is never what a clerk's sign-in page shows next.
 */
public final class UserPreferences {
    /** Set by the measuring runs; the same switch WarmLedgerApp's probes read. */
    static final String PROBE = "warmledger.startupProbe";

    private UserPreferences() {
    }

    /** The application's node {@code cn/warmledger/<path>}, or null (remember nothing) under a measuring run. */
    public static Preferences node(String path) {
        if (Boolean.getBoolean(PROBE)) {
            return null;
        }
        return Preferences.userRoot().node("cn/warmledger/" + path);
    }
}
