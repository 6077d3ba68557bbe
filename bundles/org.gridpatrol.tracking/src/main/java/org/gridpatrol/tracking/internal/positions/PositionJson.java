package org.gridpatrol.tracking.internal.positions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.tracking.api.ReportedPosition;

/**
 * One report as a JSON object, as the REST batch and MQTT carry it: {@code lon}, {@code lat} (required),
 * {@code time} (ISO-8601, or epoch seconds or milliseconds; absent: the server's clock), {@code crs}
 * ({@code wgs84} by default, {@code cgcs2000}, {@code gcj02}, {@code bd09}), and the optional
 * {@code speedKmh}, {@code bearingDeg}, {@code altitudeMetres}, {@code accuracyMetres}, {@code batteryPercent}.
 * Numbers may also be given as numeric strings, which some firmware writes. Other fields are ignored.
 */
public final class PositionJson {

    /** A report that cannot be read, naming the field. */
    public static final class UnreadableReport extends Exception {

        private static final long serialVersionUID = 1L;
        private final String field;

        UnreadableReport(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private PositionJson() {
    }

    /** @param deviceId the device, or null to read it from the object's {@code deviceId} */
    public static ReportedPosition report(JsonNode node, String deviceId) throws UnreadableReport {
        if (node == null || !node.isObject()) {
            throw new UnreadableReport("position", "must be a JSON object");
        }
        String device = deviceId != null ? deviceId : deviceId(node);
        double lon = number(node, "lon");
        double lat = number(node, "lat");
        if (Double.isNaN(lon)) {
            throw new UnreadableReport("lon", "is required");
        }
        if (Double.isNaN(lat)) {
            throw new UnreadableReport("lat", "is required");
        }
        return new ReportedPosition(device, time(node), lon, lat, crs(node), number(node, "speedKmh"),
                number(node, "bearingDeg"), number(node, "altitudeMetres"), number(node, "accuracyMetres"),
                number(node, "batteryPercent"));
    }

    private static String deviceId(JsonNode node) throws UnreadableReport {
        JsonNode value = node.get("deviceId");
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new UnreadableReport("deviceId", "is required");
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw new UnreadableReport("deviceId", "must be a string");
        }
        return value.asText().trim();
    }

    private static Instant time(JsonNode node) throws UnreadableReport {
        JsonNode value = node.get("time");
        try {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isNumber()) {
                return ReportTimes.epoch(value.decimalValue());
            }
            if (value.isTextual()) {
                return ReportTimes.parse(value.asText());
            }
        } catch (DateTimeException | ArithmeticException unreadable) {
            throw new UnreadableReport("time", unreadable.getMessage());
        }
        throw new UnreadableReport("time", "must be an ISO-8601 string or epoch seconds or milliseconds");
    }

    private static InputCrs crs(JsonNode node) throws UnreadableReport {
        JsonNode value = node.get("crs");
        if (value == null || value.isNull()) {
            return InputCrs.WGS84;
        }
        return InputCrs.byName(value.asText()).orElseThrow(() -> new UnreadableReport("crs",
                "must be wgs84, cgcs2000, gcj02 or bd09, got '" + value.asText() + "'"));
    }

    /** The number in {@code field}, NaN when absent or null. */
    private static double number(JsonNode node, String field) throws UnreadableReport {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.asText().trim());
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw new UnreadableReport(field, "must be a number, got " + value);
    }
}
