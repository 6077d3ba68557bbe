package org.gridpatrol.grid.api;

import java.util.List;

/** One page of a {@link GridQuery}: the units and how many match in all. */
public record GridPage(List<GridUnit> units, long totalMatched) {

    public GridPage {
        units = List.copyOf(units);
    }
}
