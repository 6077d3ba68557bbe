package org.gridpatrol.mqtt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        id = BridgeConfig.PID,
        name = "GridPatrol EventAdmin to MQTT bridge",
        description = "Publishes platform events org/gridpatrol/<capability>/<EVENT> as JSON to MQTT topics"
                + " <topicPrefix>/<capability>/<event> (topicPrefix from " + MqttConfig.PID + ").")
public @interface BridgeConfig {

    String PID = "org.gridpatrol.mqtt.bridge";

    /** Key {@code event.topics}: EventAdmin reads the handler's subscription from this service property. */
    @AttributeDefinition(
            description = "EventAdmin topics to publish, each under org/gridpatrol/; a trailing '*' subscribes"
                    + " to a whole subtree (e.g. org/gridpatrol/video/*).")
    String[] event_topics() default {
        "org/gridpatrol/video/ALERT",
        "org/gridpatrol/video/ZONE_COUNT",
        "org/gridpatrol/video/HEALTH",
        "org/gridpatrol/grid/CHANGED",
        "org/gridpatrol/tracking/FENCE",
        "org/gridpatrol/tracking/UNITS_CHANGED",
        "org/gridpatrol/checkpoint/*"
    };

    @AttributeDefinition(
            description = "Event topics sent with QoS 0 (frequent, each superseding the previous);"
                    + " all others go with QoS 1. Never retained.")
    String[] qos0Topics() default {"org/gridpatrol/video/ZONE_COUNT"};
}
