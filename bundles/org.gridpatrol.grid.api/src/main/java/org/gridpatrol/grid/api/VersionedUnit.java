package org.gridpatrol.grid.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit in one of its versions, with the time span in which it was the valid boundary.
 *
 * @param version   starts at 1 and grows by one with every change of the code (a deletion counts)
 * @param validFrom when this version took effect; null for units stored before versioning
 * @param validTo   when the next version (or the deletion) took effect; null while it is current
 */
public record VersionedUnit(GridUnit unit, long version, Instant validFrom, Instant validTo) {

    public VersionedUnit {
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether this version was the valid one at {@code at}. */
    public boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }
}
