package org.gridpatrol.tracking.api;

import java.time.Instant;

/**
 * One report of a unit's position, CGCS2000 lon/lat, at the time the device measured it (reports
 * buffered offline arrive late and out of order). Optional values are NaN when not reported.
 */
public record Position(String unitCode, Instant time, double lon, double lat, double speedKmh, double bearingDeg,
        double altitudeMetres, double accuracyMetres, double batteryPercent) {
}
