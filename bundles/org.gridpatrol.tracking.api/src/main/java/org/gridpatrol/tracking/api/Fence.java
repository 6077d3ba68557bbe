package org.gridpatrol.tracking.api;

import org.locationtech.jts.geom.Geometry;

/**
 * An area whose entries and exits are tracked: a checkpoint ({@code source} {@link #CHECKPOINT}) or a
 * grid unit ({@link #GRID}). {@code area} is a (multi)polygon in CGCS2000 lon/lat; circles and road
 * corridors are polygons built from their centre or centre line in metres.
 */
public record Fence(String id, String name, String source, Geometry area) {

    public static final String CHECKPOINT = "checkpoint";
    public static final String GRID = "grid";
}
