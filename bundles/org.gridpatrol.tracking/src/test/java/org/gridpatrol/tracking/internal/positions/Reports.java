package org.gridpatrol.tracking.internal.positions;

import java.time.Instant;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.tracking.api.ReportedPosition;
import org.gridpatrol.tracking.internal.units.TrackingFixture;

/** Reports as trackers send them, for the tests. */
public final class Reports {

    private Reports() {
    }

    /** A WGS84 report in the fixture's town with speed, bearing, altitude, accuracy and battery. */
    public static ReportedPosition at(String deviceId, Instant time) {
        return at(deviceId, time, TrackingFixture.LON, TrackingFixture.LAT);
    }

    public static ReportedPosition at(String deviceId, Instant time, double lon, double lat) {
        return new ReportedPosition(deviceId, time, lon, lat, InputCrs.WGS84, 12.5, 90, 15, 5, 87);
    }

    /** Only the required values; the optional ones absent (NaN). */
    public static ReportedPosition bare(String deviceId, Instant time, double lon, double lat, InputCrs crs) {
        return new ReportedPosition(deviceId, time, lon, lat, crs, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }
}
