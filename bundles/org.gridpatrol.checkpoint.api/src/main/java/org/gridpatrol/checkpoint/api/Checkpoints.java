package org.gridpatrol.checkpoint.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The checkpoint register. Each checkpoint is also a fence of the tracking capability ({@code checkpoint:<code>}). */
public interface Checkpoints {

    /** EventAdmin topic posted after checkpoints were saved or deleted; property {@code codes}. */
    String TOPIC_CHANGED = "org/gridpatrol/checkpoint/CHANGED";

    Optional<Checkpoint> find(String code);

    /** All checkpoints by code, optionally of one level (null for all). */
    List<Checkpoint> list(CheckpointLevel level);

    long count();

    /**
     * Validates, builds the fence of and stores checkpoints (insert or replace by code) in one transaction;
     * {@code fence} and {@code gridCode} of the arguments are ignored and computed.
     *
     * @throws CheckpointException naming the checkpoint and field (and for geometry the location) of the first
     *                             invalid one; then nothing is stored
     */
    List<Checkpoint> save(Collection<Checkpoint> checkpoints) throws CheckpointException;

    /** @return false when there is no such checkpoint; its shifts and passes go with it */
    boolean delete(String code);
}
