package org.gridpatrol.mqtt.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a platform event becomes an MQTT message: the topic, the QoS and the JSON body. Pure: the same event
 * always gives the same message, and nothing is sent from here.
 */
final class EventMapping {

    static final String PLATFORM_TOPIC_PREFIX = "org/gridpatrol/";
    static final String ALERT_TOPIC = "org/gridpatrol/video/ALERT";
    /** EventAdmin's own property, org.osgi.service.event.EventConstants.EVENT_TOPIC. */
    static final String EVENT_TOPICS_PROPERTY = "event.topics";

    /** Where and how one event goes. */
    record Route(String mqttTopic, int qos) {
    }

    private final String topicPrefix;
    private final Set<String> qos0Topics;
    private final ObjectMapper mapper = new ObjectMapper();

    EventMapping(String topicPrefix, Collection<String> qos0Topics) {
        this.topicPrefix = topicPrefix;
        this.qos0Topics = Set.copyOf(qos0Topics);
    }

    /**
     * {@code org/gridpatrol/video/ZONE_COUNT} → {@code <prefix>/video/zone-count}: every level after
     * {@code org/gridpatrol/} lower-cased, '_' → '-'. Empty for topics outside the platform's or without an
     * event level.
     */
    static Optional<String> mqttTopic(String topicPrefix, String eventTopic) {
        if (eventTopic == null || !eventTopic.startsWith(PLATFORM_TOPIC_PREFIX)) {
            return Optional.empty();
        }
        String[] levels = eventTopic.substring(PLATFORM_TOPIC_PREFIX.length()).split("/", -1);
        if (levels.length < 2) {
            return Optional.empty();
        }
        StringBuilder topic = new StringBuilder(topicPrefix);
        for (String level : levels) {
            if (level.isEmpty() || level.equals("*")) {
                return Optional.empty();
            }
            topic.append('/').append(level.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return Optional.of(topic.toString());
    }

    Optional<Route> route(String eventTopic) {
        return mqttTopic(topicPrefix, eventTopic)
                .map(topic -> new Route(topic, qos0Topics.contains(eventTopic) ? 0 : 1));
    }

    /**
     * The event's properties as a JSON object (keys sorted), without EventAdmin's {@code event.topics} and
     * without binary values (snapshots travel over HTTP: an alert with an {@code id} gets a {@code snapshot}
     * path instead). Non-finite numbers become null; dates their ISO-8601 text.
     */
    byte[] json(String eventTopic, Map<String, ?> properties) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(properties).forEach((name, value) -> {
            if (!name.equals(EVENT_TOPICS_PROPERTY) && !(value instanceof byte[])) {
                body.set(name, node(value));
            }
        });
        Object id = properties.get("id");
        if (ALERT_TOPIC.equals(eventTopic) && id != null && !(id instanceof byte[])) {
            body.put("snapshot", "/api/v1/video/alerts/"
                    + URLEncoder.encode(id.toString(), StandardCharsets.UTF_8).replace("+", "%20") + "/snapshot.jpg");
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing a JSON tree failed", e);
        }
    }

    private JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? nodes.numberNode(number) : nodes.nullNode();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof CharSequence) {
            return mapper.valueToTree(value instanceof CharSequence ? value.toString() : value);
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return nodes.textNode(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            stringKeys(map).forEach((key, element) -> {
                if (!(element instanceof byte[])) {
                    object.set(key, node(element));
                }
            });
            return object;
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            ArrayNode array = nodes.arrayNode();
            Iterable<?> elements = value instanceof Collection<?> c ? c : arrayElements(value);
            elements.forEach(element -> array.add(element instanceof byte[] ? nodes.nullNode() : node(element)));
            return array;
        }
        try {
            return mapper.valueToTree(value);
        } catch (IllegalArgumentException e) {
            return nodes.textNode(value.toString());
        }
    }

    /** Sorted by key, so that the same event always gives the same bytes. */
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((key, element) -> copy.put(String.valueOf(key), element));
        return copy;
    }

    private static Iterable<Object> arrayElements(Object array) {
        int length = Array.getLength(array);
        List<Object> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            elements.add(Array.get(array, i));
        }
        return elements;
    }
}
