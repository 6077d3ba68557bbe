package org.gridpatrol.tracking.api;

import java.time.Instant;

/**
 * A transition, posted on {@link #TOPIC} with properties {@code unit}, {@code fence}, {@code source},
 * {@code transition}, {@code time} (ISO-8601 UTC), {@code lon}, {@code lat}. {@code time} is the
 * report that settled the transition (for CROSS, the later of the two).
 */
public record FenceEvent(String unitCode, String fenceId, FenceTransition transition, Instant time, double lon,
        double lat) {

    public static final String TOPIC = "org/gridpatrol/tracking/FENCE";
}
