package org.gridpatrol.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock that stands still until a test moves it. */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;

    public SettableClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    /** Starting at the real time, to the millisecond (what the stores keep). */
    public SettableClock() {
        this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public void set(Instant time) {
        now.set(time);
    }

    public void advance(Duration step) {
        now.updateAndGet(time -> time.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
