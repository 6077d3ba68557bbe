package org.gridpatrol.video.stream.internal.worker;

import java.time.Duration;

/** Reconnection delays doubling from {@code initial} up to {@code max}; {@link #reset()} after a success. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay to wait now; the following call returns twice as much, capped at the maximum. */
    public Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    public void reset() {
        next = initial;
    }
}
