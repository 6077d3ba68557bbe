package org.gridpatrol.grid.api;

import java.util.Objects;

/**
 * What one revision did to one unit.
 *
 * @param versionBefore the unit's version before, 0 when it was created
 * @param versionAfter  its version after; a deletion also takes a version, so versions never repeat
 * @param before        the unit before, null when created
 * @param after         the unit after, null when deleted
 */
public record UnitChange(String code, Kind kind, long versionBefore, long versionAfter, GridUnit before,
        GridUnit after) {

    public enum Kind {
        CREATED, UPDATED, DELETED
    }

    public UnitChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }
}
