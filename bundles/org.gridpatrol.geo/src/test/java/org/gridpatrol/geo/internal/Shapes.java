package org.gridpatrol.geo.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Small lon/lat test geometries in SRID 4490. */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    private Shapes() {
    }

    /** A closed ring through lon,lat pairs; the first pair is repeated at the end. */
    static LinearRing ring(double... lonLats) {
        Coordinate[] points = new Coordinate[lonLats.length / 2 + 1];
        for (int i = 0; i < lonLats.length / 2; i++) {
            points[i] = new Coordinate(lonLats[2 * i], lonLats[2 * i + 1]);
        }
        points[points.length - 1] = points[0].copy();
        return FACTORY.createLinearRing(points);
    }

    /** An axis-aligned lon/lat rectangle, counter-clockwise. */
    static Polygon box(double west, double south, double east, double north) {
        return FACTORY.createPolygon(ring(west, south, east, south, east, north, west, north));
    }

    static LinearRing boxRing(double west, double south, double east, double north) {
        return ring(west, south, east, south, east, north, west, north);
    }
}
