package org.gridpatrol.checkpoint.api;

import java.time.Instant;
import java.util.Set;

/**
 * A checkpoint's staffing at one moment: the units rostered now and those of them present (settled inside
 * its fence). {@code staffed} is true when no shift is running or at least one rostered unit is present.
 */
public record Staffing(String checkpointCode, Instant at, Set<String> rostered, Set<String> present,
        boolean staffed) {

    public Staffing {
        rostered = Set.copyOf(rostered);
        present = Set.copyOf(present);
    }
}
