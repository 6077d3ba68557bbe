package org.gridpatrol.checkpoint.api;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A checkpoint. {@code location} is where staff stand (CGCS2000 lon/lat). {@code outline} is what the
 * shape is built from: a Polygon for {@link FenceShape#POLYGON}, null for {@link FenceShape#CIRCLE}
 * (centred on the location), a LineString (the road's centre line) for {@link FenceShape#CORRIDOR}.
 * {@code sizeMetres} is the circle's radius or the corridor's half width, 0 for polygons. {@code fence}
 * is the resulting area, computed by the register; {@code gridCode} the micro-grid (or deepest unit) at
 * the location, also computed.
 */
public record Checkpoint(String code, String name, CheckpointLevel level, Point location, FenceShape shape,
        Geometry outline, double sizeMetres, Geometry fence, String gridCode) {

    public Checkpoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shape, "shape");
    }
}
