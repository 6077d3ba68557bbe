package org.gridpatrol.checkpoint.api;

import java.time.Instant;
import java.util.Objects;

/** Who should be at a checkpoint when: {@code unitCode} (a patroller) from {@code start} to {@code end}. */
public record Shift(long id, String checkpointCode, String unitCode, Instant start, Instant end) {

    public Shift {
        Objects.requireNonNull(checkpointCode, "checkpointCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
