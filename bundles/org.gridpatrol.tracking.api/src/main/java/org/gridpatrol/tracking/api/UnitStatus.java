package org.gridpatrol.tracking.api;

/** A unit's duty status, set by dispatchers and the unit itself. */
public enum UnitStatus {
    OFF_DUTY,
    AVAILABLE,
    BUSY
}
