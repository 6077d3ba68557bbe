package org.gridpatrol.grid.api;

import java.util.Optional;

/** Finds the chain of units that contains a CGCS2000 point, from an in-memory spatial index. */
public interface GridLocator {

    Optional<GridChain> locate(double lon, double lat);
}
