package cn.warmledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;

import cn.warmledger.ui.signin.LastOperator;

/**
 * Issue 18: a measuring run (scripts/cold-start.sh signs in as 基准 with -Dwarmledger.startupProbe=true) leaves the
 * person's own java.util.prefs as they were, so a clerk's next sign-in page never shows 基准. (The tests' own JVMs
 * keep java.util.prefs under target/, app/pom.xml: java.util.prefs.userRoot.)
 */
class UserPreferencesTest {
    @Test
    void aMeasuringRunRemembersNoOperatorAndTheClerksOwnStoreStaysAsItWas() throws Exception {
        assertThat(UserPreferences.node("signin").absolutePath()).isEqualTo("/cn/warmledger/signin");
        Preferences own = Preferences.userRoot().node("cn/warmledger/signin");
        String before = own.get("lastOperator", null);
        String was = System.getProperty(UserPreferences.PROBE);
        System.setProperty(UserPreferences.PROBE, "true");
        try {
            assertThat(UserPreferences.node("signin")).isNull();
            LastOperator probe = LastOperator.forUser();
            probe.remember("基准");
            assertThat(probe.get()).isEmpty();
            cn.warmledger.ui.shell.WindowPlacement.forUser().remember(null); // nothing placed, nothing stored
        } finally {
            if (was == null) {
                System.clearProperty(UserPreferences.PROBE);
            } else {
                System.setProperty(UserPreferences.PROBE, was);
            }
        }
        own.sync();
        assertThat(own.get("lastOperator", null)).isEqualTo(before).isNotEqualTo("基准");
    }
}
