package org.gridpatrol.grid.rules;

/** Which rule a {@link Violation} breaks. */
public enum ViolationKind {
    /** Not a valid polygon (self-intersection, ring crossing, ...), or empty; located where it fails. */
    INVALID_GEOMETRY,
    /** Part of a parent that none of its children covers, wider than the gap tolerance. */
    GAP,
    /** Two siblings cover the same area, wider than the overlap tolerance. */
    OVERLAP,
    /** A child reaches outside its parent, wider than the overlap tolerance. */
    OUTSIDE_PARENT,
    /** A unit smaller than the minimum area. */
    SLIVER,
    /** Two units share a code. */
    DUPLICATE_CODE,
    /** A code that does not have its level's digits or does not start with its parent's code. */
    BAD_CODE,
    /** A unit whose parent is not of the level directly above, or a county with a parent. */
    WRONG_LEVEL,
    /** A unit below the county whose parent is not there (never was, or deleted by the change). */
    MISSING_PARENT
}
