package org.gridpatrol.checkpoint.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shifts per checkpoint and the staffing derived from positions. While a shift runs and none of its
 * rostered units has been inside the checkpoint's fence for the configured grace period,
 * {@link #TOPIC_UNSTAFFED} is posted once; {@link #TOPIC_STAFFED} when someone arrives again.
 * Properties: {@code checkpoint}, {@code time}, {@code rostered} (String[]).
 */
public interface DutyRoster {

    String TOPIC_UNSTAFFED = "org/gridpatrol/checkpoint/UNSTAFFED";
    String TOPIC_STAFFED = "org/gridpatrol/checkpoint/STAFFED";

    /** Shifts of a checkpoint (null for all) overlapping [from, to), by start. */
    List<Shift> shifts(String checkpointCode, Instant from, Instant to);

    /**
     * @throws CheckpointException for an unknown checkpoint or unit, or end not after start
     */
    Shift addShift(String checkpointCode, String unitCode, Instant start, Instant end) throws CheckpointException;

    boolean removeShift(long id);

    Optional<Staffing> staffing(String checkpointCode, Instant at);
}
