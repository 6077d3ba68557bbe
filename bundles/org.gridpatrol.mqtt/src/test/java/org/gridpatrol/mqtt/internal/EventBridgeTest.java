package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The bridge end to end: an EventAdmin event in, JSON out at the real broker, read by mosquitto_sub. */
class EventBridgeTest {

    /** A prefix of this run's own, so that parallel runs and earlier runs never mix. */
    private final String prefix = "gridpatrol-test/" + UUID.randomUUID();
    private PahoMqttMessaging messaging;

    @AfterEach
    void close() {
        if (messaging != null) {
            messaging.close();
        }
    }

    private EventBridge connectedBridge() throws InterruptedException {
        Mosquitto.assumeSharedBroker();
        messaging = new PahoMqttMessaging(
                PahoMqttMessagingTest.settings("tcp://127.0.0.1:" + Mosquitto.SHARED_PORT),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
        Mosquitto.await("connected to the shared broker", messaging::isConnected);
        return new EventBridge(messaging, prefix, ConfigValues.Bridge.defaults());
    }

    @Test
    void alertArrivesAsJsonWithASnapshotPathAndQosOne() throws Exception {
        EventBridge bridge = connectedBridge();
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", "0b7e4c1a-5d2f-4e1b-8a9c-3f6d2e1a0b7c");
        properties.put("camera", "CAM-0012");
        properties.put("zone", "square");
        properties.put("kind", "CROWD");
        properties.put("state", "start");
        properties.put("count", 12);
        properties.put("lon", Double.NaN);
        properties.put("lat", Double.NaN);
        properties.put("time", "2025-05-01T08:00:00Z");
        properties.put("snapshot", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        try (Mosquitto.Subscriber subscriber = new Mosquitto.Subscriber(Mosquitto.SHARED_PORT,
                prefix + "/video/alert")) {
            subscriber.awaitSubscribed();
            bridge.handleEvent(new Event("org/gridpatrol/video/ALERT", properties));

            Mosquitto.Received received = subscriber.received();
            JsonNode json = new ObjectMapper().readTree(received.payload());
            assertThat(received.qos()).isEqualTo(1);
            assertThat(received.retained()).isFalse();
            assertThat(json.get("camera").asText()).isEqualTo("CAM-0012");
            assertThat(json.get("count").asInt()).isEqualTo(12);
            assertThat(json.get("lon").isNull()).isTrue();
            assertThat(json.has("event.topics")).isFalse();
            assertThat(json.get("snapshot").asText())
                    .isEqualTo("/api/v1/video/alerts/0b7e4c1a-5d2f-4e1b-8a9c-3f6d2e1a0b7c/snapshot.jpg");
        }
    }

    @Test
    void zoneCountsGoWithQosZeroUnderTheirOwnTopic() throws Exception {
        EventBridge bridge = connectedBridge();
        try (Mosquitto.Subscriber subscriber = new Mosquitto.Subscriber(Mosquitto.SHARED_PORT,
                prefix + "/video/zone-count")) {
            subscriber.awaitSubscribed();
            bridge.handleEvent(new Event("org/gridpatrol/video/ZONE_COUNT",
                    Map.of("camera", "CAM-0012", "zone", "square", "count", 4, "time", "2025-05-01T08:00:01Z")));

            Mosquitto.Received received = subscriber.received();
            assertThat(received.qos()).isZero();
            assertThat(new ObjectMapper().readTree(received.payload()).get("count").asInt()).isEqualTo(4);
        }
    }

    @Test
    void eventsWithoutAnMqttTopicAreIgnored() throws Exception {
        EventBridge bridge = connectedBridge();

        bridge.handleEvent(new Event("org/osgi/service/log/LogEntry/LOG_INFO", Map.of("message", "x")));

        assertThat(messaging.droppedMessages()).isZero();
    }

    @Test
    void refusesEventTopicsOutsideThePlatform() {
        PahoMqttMessaging disabled = new PahoMqttMessaging(MqttSettings.from(new ConfigValues.Mqtt(false,
                "tcp://127.0.0.1:1", "gp-off", "", "", "gridpatrol"), () -> "unused"),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        ConfigValues.Bridge config = new ConfigValues.Bridge(
                new String[] {"org/gridpatrol/video/ALERT", "org/osgi/framework/*"}, new String[0]);

        assertThatIllegalArgumentException().isThrownBy(() -> new EventBridge(disabled, "gridpatrol", config))
                .withMessageContaining("org/osgi/framework/*");
    }

    @Test
    void acceptsSubtreesOfThePlatform() {
        PahoMqttMessaging disabled = new PahoMqttMessaging(MqttSettings.from(new ConfigValues.Mqtt(false,
                "tcp://127.0.0.1:1", "gp-off", "", "", "gridpatrol"), () -> "unused"),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        ConfigValues.Bridge config = new ConfigValues.Bridge(
                new String[] {"org/gridpatrol/*", "org/gridpatrol/video/*"}, new String[0]);

        EventBridge bridge = new EventBridge(disabled, "gridpatrol", config);
        bridge.handleEvent(new Event("org/gridpatrol/video/HEALTH", Map.of("camera", "C")));

        assertThat(disabled.droppedMessages()).as("mapped and handed to the (disabled) connection").isEqualTo(1);
    }
}
