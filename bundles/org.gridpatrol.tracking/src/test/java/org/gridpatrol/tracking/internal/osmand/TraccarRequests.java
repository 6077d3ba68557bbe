package org.gridpatrol.tracking.internal.osmand;

import java.time.Instant;

/**
 * Requests as Traccar clients send them. Traccar Client for Android (8.x) builds
 * {@code ?id&timestamp&lat&lon&speed&bearing&altitude&accuracy&batt[&charge][&mock][&alarm]} (speed in knots,
 * timestamp in seconds) and POSTs it with an empty body; the OsmAnd app and other trackers GET the same query.
 * Traccar Client 9 (Flutter, flutter_background_geolocation) POSTs {@code application/json} built from its
 * location template, with {@code device_id} added at the root.
 */
final class TraccarRequests {

    private TraccarRequests() {
    }

    /** The query of Traccar Client for Android, e.g. {@code id=123456&timestamp=1700000000&lat=27.78&...}. */
    static String androidQuery(String id, long epochSeconds, double lat, double lon, double knots, double batt) {
        return "id=" + id + "&timestamp=" + epochSeconds + "&lat=" + lat + "&lon=" + lon + "&speed=" + knots
                + "&bearing=0.0&altitude=12.0&accuracy=5.0&batt=" + batt + "&charge=false";
    }

    /** The body of Traccar Client 9, from its location template ({@code "_"} is its fallback for old servers). */
    static String client9Json(String deviceId, Instant time, double lat, double lon, double speedMps, double heading,
            double batteryLevel) {
        return "{\"location\":{"
                + "\"timestamp\":\"" + time + "\","
                + "\"coords\":{\"latitude\":" + lat + ",\"longitude\":" + lon + ",\"accuracy\":4.8,\"speed\":" + speedMps
                + ",\"heading\":" + heading + ",\"altitude\":18.3},"
                + "\"is_moving\":true,\"odometer\":1534.2,\"event\":\"motionchange\","
                + "\"battery\":{\"level\":" + batteryLevel + ",\"is_charging\":false},"
                + "\"activity\":{\"type\":\"walking\"},\"extras\":{},"
                + "\"_\":\"&id=" + deviceId + "&lat=" + lat + "&lon=" + lon + "&timestamp=" + time + "&\"},"
                + "\"device_id\":\"" + deviceId + "\"}";
    }
}
