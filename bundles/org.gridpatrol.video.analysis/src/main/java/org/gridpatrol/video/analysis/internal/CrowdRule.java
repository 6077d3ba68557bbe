package org.gridpatrol.video.analysis.internal;

import java.time.Instant;
import java.util.Optional;

import org.gridpatrol.video.analysis.AlertChange.Phase;

/**
 * The crowd rule of one zone: START once the count has stayed >= threshold for {@code seconds};
 * UPDATE whenever the count exceeds the alert's peak; END once it has stayed below
 * threshold - hysteresis for {@code seconds}; no START within {@code cooldownSeconds} after an END.
 * A pause between frames longer than {@link #MAX_GAP_SECONDS} breaks "stayed": the pending start
 * or end timer begins again, because nobody saw what happened in between.
 */
public final class CrowdRule {

    public static final double MAX_GAP_SECONDS = 10;

    private final int threshold;
    private final double seconds;
    private final int endBelow;
    private final double cooldownSeconds;

    private boolean active;
    private int peak;
    private Instant aboveSince;
    private Instant belowSince;
    private Instant endedAt;
    private Instant previous;

    public CrowdRule(int threshold, double seconds, int hysteresis, double cooldownSeconds) {
        this.threshold = threshold;
        this.seconds = seconds;
        this.endBelow = threshold - hysteresis;
        this.cooldownSeconds = cooldownSeconds;
    }

    /** Feeds the count of a frame at {@code time} (never earlier than the previous one); returns what changed. */
    public Optional<Phase> step(int count, Instant time) {
        if (previous != null && Seconds.between(previous, time) > MAX_GAP_SECONDS) {
            aboveSince = null;
            belowSince = null;
        }
        previous = time;
        return active ? whileActive(count, time) : whileIdle(count, time);
    }

    private Optional<Phase> whileIdle(int count, Instant time) {
        if (count < threshold) {
            aboveSince = null;
            return Optional.empty();
        }
        if (aboveSince == null) {
            aboveSince = time;
        }
        boolean lastedLongEnough = Seconds.between(aboveSince, time) >= seconds;
        boolean cooledDown = endedAt == null || Seconds.between(endedAt, time) >= cooldownSeconds;
        if (lastedLongEnough && cooledDown) {
            active = true;
            peak = count;
            aboveSince = null;
            belowSince = null;
            return Optional.of(Phase.START);
        }
        return Optional.empty();
    }

    private Optional<Phase> whileActive(int count, Instant time) {
        if (count >= endBelow) {
            belowSince = null;
            if (count > peak) {
                peak = count;
                return Optional.of(Phase.UPDATE);
            }
            return Optional.empty();
        }
        if (belowSince == null) {
            belowSince = time;
        }
        if (Seconds.between(belowSince, time) >= seconds) {
            active = false;
            endedAt = time;
            belowSince = null;
            return Optional.of(Phase.END);
        }
        return Optional.empty();
    }

    public boolean active() {
        return active;
    }
}
