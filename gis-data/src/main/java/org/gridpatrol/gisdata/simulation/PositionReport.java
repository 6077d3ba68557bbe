package org.gridpatrol.gisdata.simulation;

import java.time.Instant;

/** One report of a unit's tracker, as a phone running Traccar Client would send it (lon/lat WGS84). */
public record PositionReport(String unitCode, String deviceId, Instant time, double lon, double lat,
        double speedMetresPerSecond, double bearingDeg, double altitudeMetres, double accuracyMetres,
        double batteryPercent) {

    public static final double KNOTS_PER_METRE_PER_SECOND = 3600 / 1852.0;

    public double speedKnots() {
        return speedMetresPerSecond * KNOTS_PER_METRE_PER_SECOND;
    }

    public double speedKmh() {
        return speedMetresPerSecond * 3.6;
    }
}
