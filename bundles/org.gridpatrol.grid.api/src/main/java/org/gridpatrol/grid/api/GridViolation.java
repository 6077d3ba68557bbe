package org.gridpatrol.grid.api;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One broken topology rule, as the topology validator reports it.
 *
 * @param kind     the rule, e.g. {@code GAP}, {@code OVERLAP}, {@code OUTSIDE_PARENT}, {@code SLIVER},
 *                 {@code INVALID_GEOMETRY}, {@code DUPLICATE_CODE}, {@code BAD_CODE}, {@code WRONG_LEVEL},
 *                 {@code MISSING_PARENT}
 * @param codes    the units involved, the one at fault first
 * @param message  what, where and by how much, for people who draw boundaries
 * @param location CGCS2000 lon/lat: the gap or overlap polygon, the point of an invalid geometry, or the
 *                 unit; null when the problem has no place
 */
public record GridViolation(String kind, List<String> codes, String message, Geometry location) {

    public GridViolation {
        Objects.requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        Objects.requireNonNull(message, "message");
    }
}
