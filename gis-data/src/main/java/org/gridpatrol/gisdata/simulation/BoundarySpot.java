package org.gridpatrol.gisdata.simulation;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A place on a unit's outline where a road would cross it: the point on the outline and the bearing that
 * points into the unit (roads are taken to cross at right angles, give or take).
 */
record BoundarySpot(Coordinate onBoundary, double inwardBearing) {

    /** A point uniformly distributed along the exterior ring of a counter-clockwise polygon. */
    static BoundarySpot sample(Polygon polygon, SplittableRandom random) {
        LinearRing ring = polygon.getExteriorRing();
        Coordinate[] points = ring.getCoordinates();
        double[] cumulative = new double[points.length];
        for (int i = 1; i < points.length; i++) {
            cumulative[i] = cumulative[i - 1] + Metres.distance(points[i - 1], points[i]);
        }
        double at = random.nextDouble() * cumulative[points.length - 1];
        int segment = 1;
        while (segment < points.length - 1 && cumulative[segment] < at) {
            segment++;
        }
        Coordinate start = points[segment - 1];
        Coordinate end = points[segment];
        double length = cumulative[segment] - cumulative[segment - 1];
        double fraction = length == 0 ? 0 : (at - cumulative[segment - 1]) / length;
        Coordinate point = new Coordinate(start.x + fraction * (end.x - start.x),
                start.y + fraction * (end.y - start.y));
        // exterior rings are counter-clockwise (RFC 7946, as the generator writes them): inside is to the left
        double inward = Metres.bearing(start, end) - 90;
        return new BoundarySpot(point, inward < 0 ? inward + 360 : inward);
    }

    /** The point {@code metres} inside the unit, where staff would stand. */
    Coordinate inside(double metres) {
        return Metres.towards(onBoundary, inwardBearing, metres);
    }

    /** 东, 东北, 北 ... for a bearing (clockwise from north). */
    static String compass(double bearingDeg) {
        String[] names = {"北", "东北", "东", "东南", "南", "西南", "西", "西北"};
        return names[(int) Math.floor(((bearingDeg + 22.5) % 360 + 360) % 360 / 45)];
    }
}
