package org.gridpatrol.video.stream.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides when a zone's count (and density estimate) is worth posting: when either differs from the
 * last posted values, but at most once per interval per zone (a count flickering between frames is
 * posted once a second with its latest value, not at the analysis rate). Used by one worker thread.
 */
public final class ZoneCountThrottle {

    private record Posted(int count, Double density, Instant at) {
    }

    private final Duration interval;
    private final Map<String, Posted> lastPosted = new HashMap<>();

    public ZoneCountThrottle(Duration interval) {
        this.interval = interval;
    }

    /**
     * Whether to post {@code count} and {@code density} for {@code zone} now; remembers them as posted
     * when true.
     *
     * @param density the (already rounded) density estimate, null when there is none
     */
    public boolean shouldPost(String zone, int count, Double density, Instant now) {
        Posted last = lastPosted.get(zone);
        if (last != null && (last.count() == count && Objects.equals(last.density(), density)
                || now.isBefore(last.at().plus(interval)))) {
            return false;
        }
        lastPosted.put(zone, new Posted(count, density, now));
        return true;
    }
}
