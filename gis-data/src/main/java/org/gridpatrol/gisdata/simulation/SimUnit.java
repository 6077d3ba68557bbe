package org.gridpatrol.gisdata.simulation;

import java.util.Objects;

/**
 * A patroller, vehicle or drone as the units CSV holds it; kind and status names equal the tracking API's
 * {@code UnitKind} and {@code UnitStatus}. {@code deviceId} is what its tracker reports as {@code id}.
 */
public record SimUnit(String code, String name, Kind kind, String team, String homeGridCode, String phone,
        String deviceId, Status status) {

    /** What moves on the map. */
    public enum Kind { PATROLLER, VEHICLE, DRONE }

    /** Duty status; off-duty units' trackers are switched off, so they do not report. */
    public enum Status { OFF_DUTY, AVAILABLE, BUSY }

    public SimUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(homeGridCode, "homeGridCode");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(status, "status");
    }
}
