package cn.warmledger.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The link's states and back-off without a server: the check is a switch the test turns. */
class ServerLinkTest {
    @Test
    void theWaitDoublesFromTwoSecondsToAMinuteAtMost() {
        List<Long> waits = new ArrayList<>();
        for (int failed = 0; failed < 8; failed++) {
            waits.add(ServerLink.backOff(failed).toSeconds());
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void lostAtOnceWithTheNextTryThenConnectedWhenTheCheckAnswers() {
        AtomicBoolean answers = new AtomicBoolean(false);
        Instant now = Instant.parse("2026-12-02T10:32:00Z");
        List<ServerLink.State> heard = new ArrayList<>();
        try (ServerLink link = new ServerLink(answers::get, Clock.fixed(now, ZoneId.of("UTC")))) {
            link.addListener(heard::add);
            link.failed(new IllegalStateException("a refusal, not a lost server"));
            assertThat(link.state().connected()).isTrue();

            link.failed(new java.sql.SQLTransientConnectionException("pool timeout"));
            assertThat(link.state().lost()).isTrue();
            assertThat(link.state().nextTry()).isEqualTo(now.plus(Duration.ofSeconds(2)));
            link.lost(); // told again while lost: no second change
            assertThat(heard).hasSize(1);

            assertThat(link.checkNow().nextTry()).isEqualTo(now.plus(Duration.ofSeconds(4)));
            answers.set(true);
            assertThat(link.checkNow().connected()).isTrue();
            assertThat(heard).extracting(ServerLink.State::connected).containsExactly(false, false, true);
        }
    }
}
