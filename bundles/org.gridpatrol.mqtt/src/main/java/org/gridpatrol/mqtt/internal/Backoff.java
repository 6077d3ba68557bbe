package org.gridpatrol.mqtt.internal;

import java.time.Duration;

/** Reconnect delays: doubling from {@code first} up to {@code max}, back to {@code first} after a success. */
final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private long nextMillis;

    Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, got " + first + ", " + max);
        }
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = firstMillis;
    }

    synchronized Duration next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return Duration.ofMillis(delay);
    }

    synchronized void reset() {
        nextMillis = firstMillis;
    }
}
