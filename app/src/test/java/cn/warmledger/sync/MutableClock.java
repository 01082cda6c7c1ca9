package cn.warmledger.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand: back-off is tested without waiting. */
public final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-20T02:00:00Z");
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
