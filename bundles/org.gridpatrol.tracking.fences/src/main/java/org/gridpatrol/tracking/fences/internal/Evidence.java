package org.gridpatrol.tracking.fences.internal;

/** What one report says about one fence once hysteresis is applied. */
public enum Evidence {
    /** Inside, farther than the hysteresis from the boundary. */
    INSIDE,
    /** Outside, farther than the hysteresis from the boundary. */
    OUTSIDE,
    /** Within the hysteresis of the boundary: says nothing, the current state stands. */
    NONE
}
