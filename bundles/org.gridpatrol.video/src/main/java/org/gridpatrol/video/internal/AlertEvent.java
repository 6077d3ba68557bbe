package org.gridpatrol.video.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gridpatrol.video.api.AlertKind;
import org.osgi.service.event.Event;

/**
 * One {@code org/gridpatrol/video/ALERT} event as the stream bundle posts it: id, camera, zone, kind,
 * state (start/update/end), count, lon, lat (NaN when unknown), grid (optional), time (ISO-8601 UTC),
 * snapshot (JPEG, on start).
 */
record AlertEvent(String id, String camera, String zone, AlertKind kind, State state, int count, double lon,
        double lat, String grid, Instant time, byte[] snapshot) {

    enum State { START, UPDATE, END }

    /** Reads an event; {@link IllegalArgumentException} names the property that is missing or wrong. */
    static AlertEvent of(Event event) {
        String id = text(event, "id");
        if (id.length() > 64) {
            throw new IllegalArgumentException("id is longer than 64 characters");
        }
        AlertKind kind = parse(event, "kind", AlertKind.class);
        State state = parse(event, "state", State.class);
        Object count = event.getProperty("count");
        if (!(count instanceof Number)) {
            throw new IllegalArgumentException("count must be a number, got " + count);
        }
        Object grid = event.getProperty("grid");
        Object snapshot = event.getProperty("snapshot");
        return new AlertEvent(id, text(event, "camera"), text(event, "zone"), kind, state, ((Number) count).intValue(),
                coordinate(event, "lon"), coordinate(event, "lat"), grid == null ? null : grid.toString(),
                time(event), snapshot instanceof byte[] bytes ? bytes : null);
    }

    boolean located() {
        return Double.isFinite(lon) && Double.isFinite(lat);
    }

    private static String text(Event event, String name) {
        Object value = event.getProperty(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value.toString();
    }

    private static <E extends Enum<E>> E parse(Event event, String name, Class<E> type) {
        String value = text(event, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(name + " is not one of the known values: " + value);
        }
    }

    private static double coordinate(Event event, String name) {
        return event.getProperty(name) instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    private static Instant time(Event event) {
        Object value = event.getProperty("time");
        if (value instanceof Instant instant) {
            return instant;
        }
        try {
            return Instant.parse(text(event, "time"));
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException("time is not an ISO-8601 instant: " + value);
        }
    }
}
