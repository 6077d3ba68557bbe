package org.gridpatrol.tracking.internal.fences;

import java.time.Instant;

import org.gridpatrol.tracking.api.Position;
import org.locationtech.jts.geom.Coordinate;

/**
 * Points given in metres east and north of an origin (spherical, accurate to a fraction of a percent over a
 * few hundred metres), and reports at them.
 */
record Metric(double lon, double lat) {

    private static final double METRES_PER_DEGREE_LAT = 6_371_008.8 * Math.PI / 180;

    static Metric at(Coordinate origin) {
        return new Metric(origin.x, origin.y);
    }

    double metresPerDegreeLon() {
        return METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat));
    }

    Coordinate offset(double eastMetres, double northMetres) {
        return new Coordinate(lon + eastMetres / metresPerDegreeLon(), lat + northMetres / METRES_PER_DEGREE_LAT);
    }

    /** Metres east and north from this origin to {@code to}. */
    double[] metres(Coordinate to) {
        return new double[] {(to.x - lon) * metresPerDegreeLon(), (to.y - lat) * METRES_PER_DEGREE_LAT};
    }

    Position report(String unit, Instant time, double eastMetres, double northMetres) {
        Coordinate c = offset(eastMetres, northMetres);
        return position(unit, time, c);
    }

    static Position position(String unit, Instant time, Coordinate c) {
        return new Position(unit, time, c.x, c.y, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
