package org.gridpatrol.tracking.internal.positions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.gridpatrol.geo.api.CoordinateConverter;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.tracking.api.IngestResult.Rejection;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.api.ReportedPosition;

/**
 * Turns one report into a stored position or a rejection naming the field: the device must belong to a
 * unit; the point must be finite, in range and not (0, 0) (what receivers send without a fix) and is
 * converted to CGCS2000; the time may not lie further ahead than the allowed clock drift nor before the
 * retention period; optional values must be plausible. Times are kept to the millisecond, as devices send them.
 */
final class ReportValidator {

    /** Exactly one of the two is set. */
    record Outcome(Position accepted, Rejection rejection) {
    }

    static final String DEVICE_ID = "deviceId";

    private final Function<String, Optional<String>> unitOfDevice;
    private final CoordinateConverter converter;
    private final Duration maxFuture;
    private final Duration retention;

    /** @param unitOfDevice the code of the unit a device id belongs to */
    ReportValidator(Function<String, Optional<String>> unitOfDevice, CoordinateConverter converter, Duration maxFuture,
            Duration retention) {
        this.unitOfDevice = unitOfDevice;
        this.converter = converter;
        this.maxFuture = maxFuture;
        this.retention = retention;
    }

    Outcome check(int index, ReportedPosition report, Instant now) {
        String deviceId = report.deviceId();
        if (deviceId == null || deviceId.isBlank()) {
            return rejected(index, deviceId, DEVICE_ID, "is required");
        }
        Optional<String> unit = unitOfDevice.apply(deviceId);
        if (unit.isEmpty()) {
            return rejected(index, deviceId, DEVICE_ID, "no patrol unit has device id '" + deviceId + "'");
        }
        InputCrs crs = report.crs() == null ? InputCrs.WGS84 : report.crs();
        LonLat point;
        try {
            point = converter.toCgcs2000(report.lon(), report.lat(), crs);
        } catch (GeoInputException refused) {
            return rejected(index, deviceId, refused.field(), refused.problem().reason());
        }
        Instant time = report.time() == null ? now : report.time().truncatedTo(ChronoUnit.MILLIS);
        if (time.isAfter(now.plus(maxFuture))) {
            return rejected(index, deviceId, "time", time + " is more than " + maxFuture.toSeconds()
                    + " s ahead of the server clock (" + now + ")");
        }
        if (time.isBefore(now.minus(retention))) {
            return rejected(index, deviceId, "time", time + " is older than the " + retention.toDays()
                    + "-day retention period");
        }
        Problem problem = firstProblem(report);
        if (problem != null) {
            return rejected(index, deviceId, problem.field(), problem.reason());
        }
        return new Outcome(new Position(unit.get(), time, point.lon(), point.lat(), report.speedKmh(),
                report.bearingDeg(), report.altitudeMetres(), report.accuracyMetres(), report.batteryPercent()), null);
    }

    private record Problem(String field, String reason) {
    }

    /** The first optional value out of bounds (NaN means absent and passes), else null. */
    private static Problem firstProblem(ReportedPosition report) {
        Problem problem = bounds("speedKmh", report.speedKmh(), 0, 2000);
        problem = problem != null ? problem : bounds("bearingDeg", report.bearingDeg(), 0, 360);
        problem = problem != null ? problem : bounds("altitudeMetres", report.altitudeMetres(), -11000, 100000);
        problem = problem != null ? problem : bounds("accuracyMetres", report.accuracyMetres(), 0, 1_000_000);
        return problem != null ? problem : bounds("batteryPercent", report.batteryPercent(), 0, 100);
    }

    private static Problem bounds(String field, double value, double min, double max) {
        if (Double.isNaN(value) || value >= min && value <= max) {
            return null;
        }
        return new Problem(field, "must be from " + format(min) + " to " + format(max) + ", got " + value);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Outcome rejected(int index, String deviceId, String field, String reason) {
        return new Outcome(null, new Rejection(index, deviceId, field, reason));
    }
}
