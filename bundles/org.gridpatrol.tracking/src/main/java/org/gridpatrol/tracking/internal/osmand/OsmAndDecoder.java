package org.gridpatrol.tracking.internal.osmand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.tracking.api.ReportedPosition;
import org.gridpatrol.tracking.internal.positions.ReportTimes;

/**
 * Reads OsmAnd protocol requests as Traccar's {@code OsmAndProtocolDecoder} does. A request whose
 * Content-Type starts with {@code application/json} is Traccar Client 9+'s body
 * {@code {"device_id":..,"location":{"timestamp":ISO,"coords":{latitude,longitude,speed m/s,heading,accuracy,
 * altitude},"battery":{"level":0..1}}}} (negative speed, heading, accuracy, level: unknown). Anything else is
 * the query form, from the URL or, when the URL has none, the form-encoded body: {@code id} or
 * {@code deviceid}, {@code timestamp} (epoch seconds below 2^31, else milliseconds; ISO-8601; or
 * {@code yyyy-MM-dd HH:mm:ss} in the server's zone), {@code lat}, {@code lon} or {@code location=lat,lon},
 * {@code speed} in knots, {@code bearing} or {@code heading}, {@code altitude}, {@code accuracy}, {@code batt}
 * in percent. Other parameters ({@code charge}, {@code hdop}, {@code driverUniqueId}, ...) are ignored.
 */
final class OsmAndDecoder {

    static final double KMH_PER_KNOT = 1.852;
    static final double KMH_PER_MPS = 3.6;

    sealed interface Decoded permits Report, Unreadable {
        boolean json();
    }

    record Report(boolean json, ReportedPosition position) implements Decoded {
    }

    /** {@code deviceId} is null when the request did not get as far as naming its device. */
    record Unreadable(boolean json, String deviceId, String field, String reason) implements Decoded {
    }

    /** A value that cannot be read; the decoder turns it into {@link Unreadable}. */
    private static final class BadValue extends Exception {

        private static final long serialVersionUID = 1L;
        private final String field;

        BadValue(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final ZoneId localZone;

    /** @param localZone the zone of {@code yyyy-MM-dd HH:mm:ss} timestamps (Traccar: the server's default zone) */
    OsmAndDecoder(ZoneId localZone) {
        this.localZone = localZone;
    }

    Decoded decode(String rawQuery, String contentType, byte[] body) {
        boolean json = contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json");
        return json ? json(body) : query(rawQuery, body);
    }

    private Decoded query(String rawQuery, byte[] body) {
        Map<String, List<String>> parameters;
        try {
            parameters = FormParameters.parse(rawQuery);
            if (parameters.isEmpty()) {
                parameters = FormParameters.parse(new String(body, StandardCharsets.US_ASCII));
            }
        } catch (IllegalArgumentException malformed) {
            return new Unreadable(false, null, "query", "is not form-encoded: " + malformed.getMessage());
        }
        String deviceId = last(parameters, "id");
        deviceId = deviceId != null ? deviceId : last(parameters, "deviceid");
        try {
            double lat = number(parameters, "lat");
            double lon = number(parameters, "lon");
            String location = last(parameters, "location");
            if (location != null) {
                String[] latLon = location.split(",");
                if (latLon.length < 2) {
                    throw new BadValue("location", "must be lat,lon, got '" + location + "'");
                }
                lat = parse("location", latLon[0]);
                lon = parse("location", latLon[1]);
            }
            checkCoordinate("lat", lat, 90);
            checkCoordinate("lon", lon, 180);
            String bearing = last(parameters, "bearing");
            String timestamp = last(parameters, "timestamp");
            ReportedPosition report = new ReportedPosition(deviceId, timestamp == null ? null : time(timestamp),
                    lon, lat, InputCrs.WGS84, number(parameters, "speed") * KMH_PER_KNOT,
                    bearing != null ? parse("bearing", bearing) : number(parameters, "heading"),
                    number(parameters, "altitude"), number(parameters, "accuracy"), number(parameters, "batt"));
            return new Report(false, report);
        } catch (BadValue bad) {
            return new Unreadable(false, deviceId, bad.field, bad.getMessage());
        }
    }

    private Decoded json(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException malformed) {
            return new Unreadable(true, null, "body", "is not JSON: " + malformed.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            return new Unreadable(true, null, "body", "must be a JSON object");
        }
        JsonNode device = root.get("device_id");
        if (device == null || !(device.isTextual() || device.isIntegralNumber()) || device.asText().isBlank()) {
            return new Unreadable(true, null, "device_id", "is required");
        }
        String deviceId = device.asText().trim();
        try {
            JsonNode location = root.get("location");
            if (location == null || !location.isObject()) {
                throw new BadValue("location", "must be an object");
            }
            Instant time = jsonTime(location.get("timestamp"));
            JsonNode coords = location.path("coords");
            double lat = jsonNumber(coords, "latitude", "location.coords.");
            double lon = jsonNumber(coords, "longitude", "location.coords.");
            if (coords.isObject() && (Double.isNaN(lat) || Double.isNaN(lon))) {
                throw new BadValue("location.coords", "needs latitude and longitude");
            }
            checkCoordinate("location.coords.latitude", lat, 90);
            checkCoordinate("location.coords.longitude", lon, 180);
            double level = jsonNumber(location.path("battery"), "level", "location.battery.");
            ReportedPosition report = new ReportedPosition(deviceId, time, lon, lat, InputCrs.WGS84,
                    known(jsonNumber(coords, "speed", "location.coords.")) * KMH_PER_MPS,
                    known(jsonNumber(coords, "heading", "location.coords.")),
                    jsonNumber(coords, "altitude", "location.coords."),
                    known(jsonNumber(coords, "accuracy", "location.coords.")),
                    known(level) >= 0 ? Math.round(level * 100) : Double.NaN);
            return new Report(true, report);
        } catch (BadValue bad) {
            return new Unreadable(true, deviceId, bad.field, bad.getMessage());
        }
    }

    private Instant time(String text) throws BadValue {
        try {
            return ReportTimes.parseWithLocal(text, localZone);
        } catch (DateTimeException unreadable) {
            throw new BadValue("timestamp", unreadable.getMessage());
        }
    }

    private static Instant jsonTime(JsonNode timestamp) throws BadValue {
        try {
            if (timestamp != null && timestamp.isTextual()) {
                return ReportTimes.parse(timestamp.asText());
            }
            if (timestamp != null && timestamp.isNumber()) {
                return ReportTimes.epoch(timestamp.decimalValue());
            }
        } catch (DateTimeException unreadable) {
            throw new BadValue("location.timestamp", unreadable.getMessage());
        }
        throw new BadValue("location.timestamp", "is required, as ISO-8601");
    }

    /** The number, NaN when absent or null. */
    private static double jsonNumber(JsonNode parent, String field, String prefix) throws BadValue {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new BadValue(prefix + field, "must be a number, got " + value);
        }
        return value.doubleValue();
    }

    /** Traccar Client's "unknown" is a negative number. */
    private static double known(double value) {
        return value < 0 ? Double.NaN : value;
    }

    /** Traccar refuses (closes the connection on) a latitude or longitude out of range; absent is NaN. */
    private static void checkCoordinate(String field, double value, double limit) throws BadValue {
        if (Double.isInfinite(value) || value < -limit || value > limit) {
            throw new BadValue(field, "must be from -" + (int) limit + " to " + (int) limit + " degrees, got " + value);
        }
    }

    private static String last(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static double number(Map<String, List<String>> parameters, String name) throws BadValue {
        String value = last(parameters, name);
        return value == null ? Double.NaN : parse(name, value);
    }

    private static double parse(String field, String text) throws BadValue {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new BadValue(field, "must be a number, got '" + text + "'");
        }
    }
}
