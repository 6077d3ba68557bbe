package org.gridpatrol.checkpoint.internal;

import java.time.Instant;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.Passes;

/** The pass register as this bundle's importer and endpoints use it. */
interface PassRegister extends Passes {

    /** The register's time, for defaults ("now") and the future-time check. */
    Instant now();

    /**
     * Checks one pass as {@link #record} would, without storing it.
     *
     * @throws CheckpointException naming the pass's field at fault (without a {@code passes[i]} prefix)
     */
    void check(Pass pass) throws CheckpointException;
}
