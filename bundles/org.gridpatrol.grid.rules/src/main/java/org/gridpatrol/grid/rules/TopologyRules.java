package org.gridpatrol.grid.rules;

/**
 * What the validator tolerates.
 *
 * <p>Gaps, overlaps and parts of a child outside its parent are measured by their <em>width</em>: the
 * diameter of the largest circle that fits inside the piece. A piece counts only when it is wider than
 * the tolerance, which is the same as saying it survives an inward (negative) buffer of half the
 * tolerance. For a strip that is its thickness; for the thin triangle left by moving a shared vertex it
 * is about how far the vertex moved. A strip narrower than the tolerance never counts however long it
 * is: the tolerance is a distance, like the 0.05 m "inside the parent" rule of the grid store.
 *
 * @param gapToleranceMetres     a gap inside a parent counts when wider than this
 * @param overlapToleranceMetres an overlap of two siblings, or a child reaching outside its parent,
 *                               counts when wider than this
 * @param minAreaSquareMetres    a unit with a smaller area is a sliver
 */
public record TopologyRules(double gapToleranceMetres, double overlapToleranceMetres, double minAreaSquareMetres) {

    /** 0.05 m for gaps and overlaps (the default), 50 m² for slivers. */
    public static final TopologyRules DEFAULTS = new TopologyRules(0.05, 0.05, 50);

    public TopologyRules {
        requireFiniteNonNegative("gapToleranceMetres", gapToleranceMetres);
        requireFiniteNonNegative("overlapToleranceMetres", overlapToleranceMetres);
        requireFiniteNonNegative("minAreaSquareMetres", minAreaSquareMetres);
    }

    private static void requireFiniteNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
