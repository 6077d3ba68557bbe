package org.gridpatrol.gisdata.simulation;

import java.util.SplittableRandom;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Level;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Shape;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

/** Draws a checkpoint's shape around where its staff stand. Sizes are those of a real road or gate check. */
final class CheckpointShapes {

    static final int MIN_RADIUS = 15;
    static final int MAX_RADIUS = 40;
    static final double CORRIDOR_HALF_WIDTH = 10;

    private CheckpointShapes() {
    }

    /**
     * Boundary checkpoints are mostly circles, some corridors along the crossing road and a few drawn
     * polygons; building entrances have no road to follow, so circles and polygons only.
     */
    static Shape pick(Level level, SplittableRandom random) {
        double draw = random.nextDouble();
        if (level == Level.BUILDING) {
            return draw < 0.8 ? Shape.CIRCLE : Shape.POLYGON;
        }
        return draw < 0.6 ? Shape.CIRCLE : draw < 0.9 ? Shape.CORRIDOR : Shape.POLYGON;
    }

    /**
     * @param roadBearing direction of the road through the checkpoint (for a boundary: into the unit)
     */
    static SeedCheckpoint draw(String code, String name, Level level, Shape shape, Coordinate location,
            double roadBearing, SplittableRandom random) {
        return switch (shape) {
            case CIRCLE -> new SeedCheckpoint(code, name, level, shape,
                    MIN_RADIUS + random.nextInt(MAX_RADIUS - MIN_RADIUS + 1), location,
                    Geometries.FACTORY.createPoint(location));
            case CORRIDOR -> {
                double bearing = roadBearing + (random.nextDouble() - 0.5) * 40;
                double halfLength = 40 + random.nextInt(41);
                Coordinate[] line = {Metres.towards(location, bearing + 180, halfLength),
                        Metres.towards(location, bearing, halfLength)};
                yield new SeedCheckpoint(code, name, level, shape, CORRIDOR_HALF_WIDTH, location,
                        Geometries.FACTORY.createLineString(line));
            }
            case POLYGON -> new SeedCheckpoint(code, name, level, shape, 0, location,
                    rectangle(location, roadBearing, 30 + random.nextInt(31), 20 + random.nextInt(21)));
        };
    }

    /** A counter-clockwise rectangle centred on {@code centre}, its length along {@code bearing}. */
    private static Geometry rectangle(Coordinate centre, double bearing, double length, double width) {
        Coordinate front = Metres.towards(centre, bearing, length / 2);
        Coordinate back = Metres.towards(centre, bearing + 180, length / 2);
        Coordinate[] ring = {
            Metres.towards(front, bearing + 90, width / 2), Metres.towards(front, bearing - 90, width / 2),
            Metres.towards(back, bearing - 90, width / 2), Metres.towards(back, bearing + 90, width / 2), null};
        ring[4] = ring[0].copy();
        LinearRing shell = Geometries.FACTORY.createLinearRing(ring);
        return Geometries.FACTORY.createPolygon(Orientation.isCCW(ring) ? shell : shell.reverse());
    }
}
