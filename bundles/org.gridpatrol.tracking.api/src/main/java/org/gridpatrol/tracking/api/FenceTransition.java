package org.gridpatrol.tracking.api;

/** What a unit did with a fence. */
public enum FenceTransition {
    /** Now inside, after being outside (debounced). */
    ENTER,
    /** Now outside, after being inside (debounced). */
    EXIT,
    /** Inside for at least the dwell time; once per stay. */
    DWELL,
    /** Entered and left between two reports: the segment between them passes through the fence. */
    CROSS
}
