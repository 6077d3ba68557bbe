package org.gridpatrol.video.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.osgi.service.event.Event;

/**
 * One {@code org/gridpatrol/video/ZONE_COUNT} event as the stream bundle posts it: camera, zone, count,
 * density (people estimate, optional), time (ISO-8601 UTC).
 *
 * @param density the density estimate, null when the event carries none
 */
record ZoneCountEvent(String camera, String zone, int count, Double density, Instant time) {

    /** Reads an event; {@link IllegalArgumentException} names the property that is missing or wrong. */
    static ZoneCountEvent of(Event event) {
        String camera = text(event, "camera", 64);
        String zone = text(event, "zone", 100);
        if (!(event.getProperty("count") instanceof Number count) || count.doubleValue() < 0
                || count.doubleValue() > Integer.MAX_VALUE || count.doubleValue() != Math.rint(count.doubleValue())) {
            throw new IllegalArgumentException("count must be a whole number >= 0, got " + event.getProperty("count"));
        }
        Object density = event.getProperty("density");
        if (density != null && !(density instanceof Number number && Double.isFinite(number.doubleValue())
                && number.doubleValue() >= 0)) {
            throw new IllegalArgumentException("density must be a finite number >= 0, got " + density);
        }
        return new ZoneCountEvent(camera, zone, count.intValue(),
                density == null ? null : ((Number) density).doubleValue(), time(event));
    }

    private static String text(Event event, String name, int maxLength) {
        Object value = event.getProperty(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (value.toString().length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return value.toString();
    }

    private static Instant time(Event event) {
        Object value = event.getProperty("time");
        if (value instanceof Instant instant) {
            return instant;
        }
        try {
            return Instant.parse(text(event, "time", 64));
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException("time is not an ISO-8601 instant: " + value);
        }
    }
}
