package org.gridpatrol.tracking.api;

/** What moves on the map. */
public enum UnitKind {
    PATROLLER,
    VEHICLE,
    DRONE
}
