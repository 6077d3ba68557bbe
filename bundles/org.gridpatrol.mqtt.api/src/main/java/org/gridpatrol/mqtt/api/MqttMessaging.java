package org.gridpatrol.mqtt.api;

/** The connection to the MQTT broker configured in {@code etc/org.gridpatrol.mqtt.cfg}. */
public interface MqttMessaging {

    /**
     * Publishes a message. While the broker is unreachable, messages are dropped and counted rather
     * than blocking the caller (MQTT here carries live counts and alerts, not records of truth).
     *
     * @return whether the message was handed to a connected client
     */
    boolean publish(String topic, byte[] payload, int qos, boolean retained);

    /** Subscribes {@code listener} to a topic filter (MQTT wildcards allowed) until closed; kept across reconnects. */
    Subscription subscribe(String topicFilter, int qos, MqttListener listener);

    boolean isConnected();

    /**
     * The configured first level of every GridPatrol topic ({@code gridpatrol} by default, no trailing '/'):
     * subscribers build their filters on it, e.g. {@code <topicPrefix>/positions/+}.
     */
    String topicPrefix();
}
