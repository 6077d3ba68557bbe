package org.gridpatrol.mqtt.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.mqtt.api.MqttMessaging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes platform events to MQTT as JSON, e.g. {@code org/gridpatrol/video/ALERT} to
 * {@code gridpatrol/video/alert}, never retained. The topic prefix is {@link MqttMessaging#topicPrefix()} of the
 * connection it publishes through (configured in {@value MqttConfig#PID}).
 * While the broker is unreachable the messages are dropped and counted by {@link MqttMessaging}:
 * EventAdmin's delivery thread is never held up here.
 */
// Immediate: EventAdmin would otherwise create it only on the first matching event, hiding config errors.
@Component(service = EventHandler.class, configurationPid = BridgeConfig.PID, immediate = true)
@Designate(ocd = BridgeConfig.class)
public final class EventBridge implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventBridge.class);

    private final MqttMessaging messaging;
    private final EventMapping mapping;

    @Activate
    public EventBridge(@Reference MqttMessaging messaging, BridgeConfig config) {
        this(messaging, messaging.topicPrefix(), config);
    }

    EventBridge(MqttMessaging messaging, String configuredTopicPrefix, BridgeConfig config) {
        this.messaging = messaging;
        this.mapping = mapping(configuredTopicPrefix, config);
    }

    private static EventMapping mapping(String configuredTopicPrefix, BridgeConfig config) {
        try {
            String topicPrefix = MqttSettings.topicPrefix(configuredTopicPrefix);
            List<String> topics = Arrays.asList(config.event_topics());
            topics.forEach(EventBridge::checkEventTopic);
            LOG.info("Publishing events {} to MQTT under {}/", topics, topicPrefix);
            return new EventMapping(topicPrefix, Arrays.asList(config.qos0Topics()));
        } catch (IllegalArgumentException e) {
            LOG.error("Event to MQTT bridge not started: configuration {} (or topicPrefix in {}) is invalid: {}",
                    BridgeConfig.PID, MqttConfig.PID, e.getMessage());
            throw e;
        }
    }

    private static void checkEventTopic(String topic) {
        String asEvent = topic.endsWith("/*") ? topic.substring(0, topic.length() - 2) + "/EVENT" : topic;
        boolean wholeTree = topic.equals(EventMapping.PLATFORM_TOPIC_PREFIX + "*");
        if (!wholeTree && EventMapping.mqttTopic("prefix", asEvent).isEmpty()) {
            throw new IllegalArgumentException("event.topics entry '" + topic + "' must be "
                    + EventMapping.PLATFORM_TOPIC_PREFIX + "<capability>/<EVENT>, optionally ending in /*");
        }
    }

    @Override
    public void handleEvent(Event event) {
        Optional<EventMapping.Route> route = mapping.route(event.getTopic());
        if (route.isEmpty()) {
            LOG.debug("Event {} has no MQTT topic: not published", event.getTopic());
            return;
        }
        try {
            byte[] json = mapping.json(event.getTopic(), properties(event));
            messaging.publish(route.get().mqttTopic(), json, route.get().qos(), false);
        } catch (RuntimeException e) {
            LOG.warn("Event {} not published to MQTT", event.getTopic(), e);
        }
    }

    static Map<String, Object> properties(Event event) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            properties.put(name, event.getProperty(name));
        }
        return properties;
    }
}
