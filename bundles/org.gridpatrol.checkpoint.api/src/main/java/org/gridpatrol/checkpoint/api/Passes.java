package org.gridpatrol.checkpoint.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The pass register. A pass with a red or yellow health code posts {@link #TOPIC_HEALTH_CODE} with
 * properties {@code checkpoint}, {@code passId}, {@code healthCode}, {@code subjectKind}, {@code subject},
 * {@code time}, after it is stored.
 */
public interface Passes {

    String TOPIC_HEALTH_CODE = "org/gridpatrol/checkpoint/HEALTH_CODE";

    /**
     * Validates and stores passes in one transaction.
     *
     * @return the stored passes with their ids
     * @throws CheckpointException naming the first invalid pass's field (unknown checkpoint, blank subject,
     *                             time in the future); then nothing is stored
     */
    List<Pass> record(List<Pass> passes) throws CheckpointException;

    /** Passes of a checkpoint (null for all) in [from, to), newest first, at most {@code limit}. */
    List<Pass> list(String checkpointCode, Instant from, Instant to, int limit);

    /** Statistics per checkpoint (null for all) and day, for days in [fromDay, toDay]. */
    List<PassStats> stats(String checkpointCode, LocalDate fromDay, LocalDate toDay);
}
