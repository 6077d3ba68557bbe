package org.gridpatrol.video.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gridpatrol.video.api.VideoAlerts;
import org.osgi.service.event.Event;

/** Real EventAdmin events as the stream bundle posts them on {@link VideoAlerts#TOPIC_ZONE_COUNT}. */
final class ZoneCountEvents {

    private ZoneCountEvents() {
    }

    static Event count(String camera, String zone, int count, Instant time) {
        return new Event(VideoAlerts.TOPIC_ZONE_COUNT, properties(camera, zone, count, time));
    }

    static Event count(String camera, String zone, int count, double density, Instant time) {
        Map<String, Object> properties = properties(camera, zone, count, time);
        properties.put("density", density);
        return new Event(VideoAlerts.TOPIC_ZONE_COUNT, properties);
    }

    private static Map<String, Object> properties(String camera, String zone, int count, Instant time) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("camera", camera);
        properties.put("zone", zone);
        properties.put("count", count);
        properties.put("time", time.toString());
        return properties;
    }
}
