package org.gridpatrol.video.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gridpatrol.video.api.VideoAlerts;
import org.osgi.service.event.Event;

/** Real EventAdmin events as the stream bundle posts them on {@link VideoAlerts#TOPIC_ALERT}. */
final class AlertEvents {

    private AlertEvents() {
    }

    static Event start(String id, Instant time, int count, double lon, double lat, byte[] snapshot) {
        Map<String, Object> properties = properties(id, "start", time, count, lon, lat);
        properties.put("snapshot", snapshot);
        return new Event(VideoAlerts.TOPIC_ALERT, properties);
    }

    static Event update(String id, Instant time, int count) {
        return new Event(VideoAlerts.TOPIC_ALERT, properties(id, "update", time, count, Double.NaN, Double.NaN));
    }

    static Event end(String id, Instant time, int count) {
        return new Event(VideoAlerts.TOPIC_ALERT, properties(id, "end", time, count, Double.NaN, Double.NaN));
    }

    static Event with(Event event, String property, Object value) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            if (!name.equals("event.topics")) {
                properties.put(name, event.getProperty(name));
            }
        }
        if (value == null) {
            properties.remove(property);
        } else {
            properties.put(property, value);
        }
        return new Event(event.getTopic(), properties);
    }

    private static Map<String, Object> properties(String id, String state, Instant time, int count, double lon, double lat) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", id);
        properties.put("camera", "RA-AY-001");
        properties.put("zone", "entrance");
        properties.put("kind", "CROWD");
        properties.put("state", state);
        properties.put("count", count);
        properties.put("lon", lon);
        properties.put("lat", lat);
        properties.put("time", time.toString());
        return properties;
    }
}
