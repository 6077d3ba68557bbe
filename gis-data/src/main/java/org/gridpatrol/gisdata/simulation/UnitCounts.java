package org.gridpatrol.gisdata.simulation;

import org.gridpatrol.gisdata.Size;

/** How many units of each kind a dataset size gets. */
public record UnitCounts(int patrollers, int vehicles, int drones) {

    public UnitCounts {
        if (patrollers < 0 || vehicles < 0 || drones < 0) {
            throw new IllegalArgumentException("unit counts must not be negative");
        }
    }

    /** County: 31,000 patrollers (the scale of the real county's grid staff), a vehicle per community, a drone per town. */
    public static UnitCounts forSize(Size size) {
        return size == Size.COUNTY ? new UnitCounts(31_000, 200, 20) : new UnitCounts(60, 10, 5);
    }

    public int total() {
        return patrollers + vehicles + drones;
    }
}
