package org.gridpatrol.mqtt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        id = MqttConfig.PID,
        name = "GridPatrol MQTT connection",
        description = "The MQTT v5 broker GridPatrol publishes events to and receives telemetry from.")
public @interface MqttConfig {

    String PID = "org.gridpatrol.mqtt";
    String DEFAULT_TOPIC_PREFIX = "gridpatrol";

    @AttributeDefinition(description = "Whether to connect at all. When false, publishing drops every message.")
    boolean enabled() default true;

    @AttributeDefinition(description = "Broker URI: tcp://host:port, ssl://host:port, ws://... or wss://...")
    String serverUri() default "tcp://127.0.0.1:1883";

    @AttributeDefinition(required = false,
            description = "MQTT client id; empty: gridpatrol-<hostname>-<process id>. Two clients with the same id take turns"
                    + " throwing each other off the broker, so give every installation its own.")
    String clientId() default "";

    @AttributeDefinition(required = false, description = "User name; empty: connect anonymously.")
    String username() default "";

    /** Key {@code .password}: the leading dot keeps it out of the service properties anyone can list. */
    @AttributeDefinition(required = false, type = AttributeType.PASSWORD,
            description = "Password (configuration key .password).")
    String _password() default "";

    @AttributeDefinition(
            description = "First topic level of everything GridPatrol publishes, e.g. gridpatrol/video/alert.")
    String topicPrefix() default DEFAULT_TOPIC_PREFIX;
}
