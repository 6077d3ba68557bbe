package org.gridpatrol.mqtt.api;

/** Receives messages of a subscription, on the MQTT client's thread: hand long work to another thread. */
@FunctionalInterface
public interface MqttListener {

    void onMessage(String topic, byte[] payload);
}
