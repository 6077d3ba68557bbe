package org.gridpatrol.tracking.internal.live;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

/**
 * EventAdmin events as Server-Sent Events messages: {@code event: <name>} and one {@code data:} line with
 * the event's properties as a JSON object. Values that JSON cannot carry are written as null (NaN) or as
 * their string form (times, ids).
 */
final class SseMessages {

    static final String FENCE = "org/gridpatrol/tracking/FENCE";
    static final String UNITS_CHANGED = "org/gridpatrol/tracking/UNITS_CHANGED";
    static final String UNSTAFFED = "org/gridpatrol/checkpoint/UNSTAFFED";
    static final String STAFFED = "org/gridpatrol/checkpoint/STAFFED";
    static final String HEALTH_CODE = "org/gridpatrol/checkpoint/HEALTH_CODE";

    /** Comment line: keeps proxies and the browser from timing the connection out. */
    static final String KEEPALIVE = ": keepalive\n\n";
    /** First message: how long the browser waits before reconnecting, ms. */
    static final String RETRY = "retry: 5000\n\n";

    private static final Map<String, String> NAMES = Map.of(FENCE, "fence", UNITS_CHANGED, "units",
            UNSTAFFED, "unstaffed", STAFFED, "staffed", HEALTH_CODE, "health-code");

    private final ObjectMapper json = new ObjectMapper();

    /** The message for an event of a streamed topic; empty for any other topic. */
    Optional<String> message(Event event) {
        String name = NAMES.get(event.getTopic());
        if (name == null) {
            return Optional.empty();
        }
        Map<String, Object> data = new TreeMap<>();
        for (String key : event.getPropertyNames()) {
            if (!key.equals(EventConstants.EVENT_TOPIC)) {
                data.put(key, plain(event.getProperty(key)));
            }
        }
        try {
            // Jackson escapes line breaks inside strings, so the JSON is always a single data line.
            return Optional.of("event: " + name + "\ndata: " + json.writeValueAsString(data) + "\n\n");
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("event " + event.getTopic() + " not writable as JSON", unexpected);
        }
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? number : null;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(plain(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = new TreeMap<>();
            map.forEach((key, item) -> object.put(String.valueOf(key), plain(item)));
            return object;
        }
        return value.toString();
    }
}
