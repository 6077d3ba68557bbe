package org.gridpatrol.video.analysis.internal;

import java.time.Duration;
import java.time.Instant;

/** Elapsed time between two instants in seconds, as the zone rules measure it. */
public final class Seconds {

    private Seconds() {
    }

    public static double between(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
