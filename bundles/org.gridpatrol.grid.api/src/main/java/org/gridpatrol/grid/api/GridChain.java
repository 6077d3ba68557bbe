package org.gridpatrol.grid.api;

import java.util.List;
import java.util.Optional;

/** The units containing a point, from the deepest (usually the micro-grid) up to the county. */
public record GridChain(List<GridUnit> units) {

    public GridChain {
        units = List.copyOf(units);
    }

    public Optional<GridUnit> at(AdminLevel level) {
        return units.stream().filter(unit -> unit.level() == level).findFirst();
    }

    /** The deepest unit containing the point. */
    public GridUnit deepest() {
        return units.get(0);
    }
}
