package org.gridpatrol.gisdata.simulation;

import org.gridpatrol.gisdata.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;

/**
 * Local equirectangular metres around a lon/lat: good to well under 1 % over the few kilometres a unit or a
 * checkpoint spans, which is all the simulation needs (areas and lengths proper are the platform's business).
 */
final class Metres {

    /** Metres per degree of latitude at Rui'an's latitude (about 27.8° N). */
    static final double PER_DEGREE_LAT = 110_850;
    private static final double PER_DEGREE_LON_AT_EQUATOR = 111_320;

    private Metres() {
    }

    static double perDegreeLon(double lat) {
        return PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat));
    }

    /** The coordinate {@code east} and {@code north} metres away, on the 1e-7 degree grid. */
    static Coordinate offset(Coordinate from, double east, double north) {
        Coordinate moved = new Coordinate(from.x + east / perDegreeLon(from.y), from.y + north / PER_DEGREE_LAT);
        Geometries.PRECISION.makePrecise(moved);
        return moved;
    }

    /** The coordinate {@code metres} away towards {@code bearingDeg} (clockwise from north). */
    static Coordinate towards(Coordinate from, double bearingDeg, double metres) {
        double radians = Math.toRadians(bearingDeg);
        return offset(from, metres * Math.sin(radians), metres * Math.cos(radians));
    }

    static double distance(Coordinate a, Coordinate b) {
        double east = (b.x - a.x) * perDegreeLon((a.y + b.y) / 2);
        double north = (b.y - a.y) * PER_DEGREE_LAT;
        return Math.hypot(east, north);
    }

    /** Bearing from {@code from} to {@code to}, degrees clockwise from north in [0, 360). */
    static double bearing(Coordinate from, Coordinate to) {
        double east = (to.x - from.x) * perDegreeLon((from.y + to.y) / 2);
        double north = (to.y - from.y) * PER_DEGREE_LAT;
        double degrees = Math.toDegrees(Math.atan2(east, north));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /** A length in metres as degrees of latitude: for JTS distance thresholds, where direction hardly matters. */
    static double asDegrees(double metres) {
        return metres / PER_DEGREE_LAT;
    }
}
