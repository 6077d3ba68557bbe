package org.gridpatrol.gisdata.simulation;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A checkpoint as the seed file holds it. The level and shape names equal the checkpoint API's
 * {@code CheckpointLevel} and {@code FenceShape} (this plain jar does not depend on the bundles).
 *
 * @param location   where staff stand: the circle's centre, the corridor's midpoint, the polygon's interior point (its centre for the generated rectangles)
 * @param geometry   what the seed file holds: a Point (CIRCLE), LineString (CORRIDOR) or Polygon (POLYGON)
 * @param sizeMetres circle radius, corridor half width, 0 for polygons
 */
public record SeedCheckpoint(String code, String name, Level level, Shape shape, double sizeMetres,
        Coordinate location, Geometry geometry) {

    /** Which entrance a checkpoint guards. */
    public enum Level { COUNTY, TOWN, VILLAGE, BUILDING }

    /** How its fence is drawn. */
    public enum Shape { CIRCLE, CORRIDOR, POLYGON }

    public SeedCheckpoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(geometry, "geometry");
    }
}
