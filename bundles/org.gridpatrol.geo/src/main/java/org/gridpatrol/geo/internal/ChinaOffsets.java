package org.gridpatrol.geo.internal;

import org.gridpatrol.geo.api.LonLat;

/**
 * The published GCJ-02 ("Mars") and BD-09 offsets, as in eviltransform/coordtransform: a
 * polynomial-and-sine shift on the Krasovsky ellipsoid, plus Baidu's polar twist on top of GCJ-02.
 * Points outside the published China box are not offset. Pure functions, no state.
 */
final class ChinaOffsets {

    private static final double KRASOVSKY_A = 6378245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    /** Inverses stop when the forward offset reproduces the input to this many degrees (~0.01 mm). */
    private static final double INVERSE_TOLERANCE_DEGREES = 1e-10;
    private static final int INVERSE_MAX_ITERATIONS = 30;

    private ChinaOffsets() {
    }

    static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    static LonLat wgsToGcj(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double dLat = shiftLat(lon - 105.0, lat - 35.0);
        double dLon = shiftLon(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    /**
     * Inverts {@link #wgsToGcj} iteratively. The one-step "subtract the offset found at the GCJ
     * point" used by many libraries is off by 1–2 m; three or four iterations reach 1e-10°.
     */
    static LonLat gcjToWgs(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        return refine(lon, lat, lon, lat, ChinaOffsets::wgsToGcj);
    }

    static LonLat gcjToBd(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double z = Math.hypot(lon, lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * Inverts {@link #gcjToBd}. The published BD-09 decoder is itself only an approximate inverse
     * (off by up to ~1e-6°, a few centimetres), so it is the starting point, refined like the GCJ
     * inverse until a point survives a round trip to Baidu's map and back unchanged.
     */
    static LonLat bdToGcj(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        LonLat gcj = publishedBdToGcj(lon, lat);
        return refine(gcj.lon(), gcj.lat(), lon, lat, ChinaOffsets::gcjToBd);
    }

    static LonLat publishedBdToGcj(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    /**
     * Fixed-point iteration for the inverse of a near-identity offset: move the guess by the error
     * its forward image makes. The offsets vary slowly, so each step gains about four digits.
     */
    private static LonLat refine(double guessLon, double guessLat, double targetLon, double targetLat,
            Offset forwardOffset) {
        double lon = guessLon;
        double lat = guessLat;
        for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
            LonLat forward = forwardOffset.apply(lon, lat);
            double errorLon = forward.lon() - targetLon;
            double errorLat = forward.lat() - targetLat;
            lon -= errorLon;
            lat -= errorLat;
            if (Math.abs(errorLon) < INVERSE_TOLERANCE_DEGREES && Math.abs(errorLat) < INVERSE_TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    @FunctionalInterface
    private interface Offset {
        LonLat apply(double lon, double lat);
    }

    private static double shiftLat(double x, double y) {
        double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return shift;
    }

    private static double shiftLon(double x, double y) {
        double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return shift;
    }
}
