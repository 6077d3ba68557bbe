package org.gridpatrol.grid.rules;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One broken rule.
 *
 * @param kind     the rule
 * @param codes    the units involved, the one at fault first (for a gap: the parent, then the children
 *                 around it; for an overlap: both siblings)
 * @param message  for people who draw boundaries: what, where and by how much
 * @param location CGCS2000 lon/lat: the gap, overlap or outside piece itself, the point where a geometry
 *                 is invalid, or the unit's geometry for sliver, code and parent problems; null when the
 *                 problem has no place (an empty geometry)
 */
public record Violation(ViolationKind kind, List<String> codes, String message, Geometry location) {

    public Violation {
        Objects.requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + codes + ": " + message;
    }
}
