package org.gridpatrol.tracking.fences;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test helpers: WKT parsing and an independent spherical distance. */
final class Geo {

    static final double MEAN_EARTH_RADIUS = 6_371_008.8;

    private Geo() {
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    /** Haversine great-circle distance on the mean sphere, metres. */
    static double haversineMetres(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * MEAN_EARTH_RADIUS * Math.asin(Math.sqrt(a));
    }
}
