package org.gridpatrol.grid.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved change of the hierarchy: who, when, why and, per unit, before and after.
 *
 * @param id         increasing with time
 * @param revertedId for a rollback, the revision it reverted; null otherwise
 * @param changes    in the order they were applied
 */
public record Revision(long id, String author, Instant time, String comment, Long revertedId,
        List<UnitChange> changes) {

    /** Author of the revisions written by {@link GridUnits#save}, e.g. by the demo data loader. */
    public static final String SEED_AUTHOR = "seed";

    public Revision {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        comment = comment == null ? "" : comment;
        changes = List.copyOf(changes);
    }
}
