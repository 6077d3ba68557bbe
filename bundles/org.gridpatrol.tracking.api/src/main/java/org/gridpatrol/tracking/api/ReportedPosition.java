package org.gridpatrol.tracking.api;

import java.time.Instant;

import org.gridpatrol.geo.api.InputCrs;

/**
 * A position as a tracker sent it, before validation: the device id it reported, the coordinates in the
 * CRS it declared (GCJ-02 and BD-09 points from Chinese map SDKs are converted at the edge), and the
 * optional values as NaN when absent. {@code time} is when the device measured the position, null when
 * the tracker sent none (the server's clock is then used).
 */
public record ReportedPosition(String deviceId, Instant time, double lon, double lat, InputCrs crs,
        double speedKmh, double bearingDeg, double altitudeMetres, double accuracyMetres, double batteryPercent) {
}
