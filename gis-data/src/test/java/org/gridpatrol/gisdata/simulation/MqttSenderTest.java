package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real Mosquitto at 127.0.0.1:1883, each test under a topic prefix of its own. */
class MqttSenderTest {

    private static final String BROKER = "tcp://127.0.0.1:1883";
    private static final Logger LOG = System.getLogger(MqttSenderTest.class.getName());
    private static final PositionReport REPORT = new PositionReport("P00001", "739174",
            Instant.parse("2026-11-22T08:00:05Z"), 120.6401234, 27.7901234, 1.25, 87.4, 12.3, 5.0, 86.0);

    private final String prefix = "gridpatrol-test-" + UUID.randomUUID();
    private final BlockingQueue<Map.Entry<String, String>> received = new LinkedBlockingQueue<>();
    private MqttClient subscriber;

    @BeforeEach
    void subscribe() throws Exception {
        assumeBroker();
        subscriber = new MqttClient(BROKER, "gis-data-test-" + UUID.randomUUID(), new MemoryPersistence());
        subscriber.connect();
        subscriber.subscribe(new MqttSubscription[] {new MqttSubscription(prefix + "/positions/#", 1)},
                new org.eclipse.paho.mqttv5.client.IMqttMessageListener[] {(topic, message) -> received.add(
                        Map.entry(topic, new String(message.getPayload(), StandardCharsets.UTF_8)))});
    }

    @AfterEach
    void disconnect() throws Exception {
        if (subscriber != null) {
            subscriber.disconnect();
            subscriber.close();
        }
    }

    @Test
    void publishesTheContractJsonToTheDevicesTopic() throws Exception {
        try (MqttSender sender = new MqttSender(settings())) {
            sender.send(REPORT);
            SendStats stats = sender.finish();
            assertThat(stats).extracting(SendStats::sent, SendStats::accepted, SendStats::rejected, SendStats::errors)
                    .containsExactly(1L, 1L, 0L, 0L);
        }
        Map.Entry<String, String> message = next();
        assertThat(message.getKey()).isEqualTo(prefix + "/positions/739174");
        assertThat(message.getValue()).isEqualTo("{\"lat\":27.7901234,\"lon\":120.6401234,\"time\":\"2026-11-22T08:00:05Z\","
                + "\"crs\":\"wgs84\",\"speedKmh\":4.5,\"bearingDeg\":87.4,\"altitudeMetres\":12.3,"
                + "\"accuracyMetres\":5.0,\"batteryPercent\":86.0}");
        JsonNode json = new ObjectMapper().readTree(message.getValue());
        assertThat(json.get("lon").asDouble()).isEqualTo(REPORT.lon());
    }

    @Test
    void countsEveryAcknowledgedReportAndThePlatformsRejections() throws Exception {
        try (MqttSender sender = new MqttSender(settings())) {
            for (int i = 0; i < 200; i++) {
                sender.send(new PositionReport("P" + i, String.valueOf(100_000 + i), REPORT.time().plusSeconds(i),
                        REPORT.lon(), REPORT.lat(), 0, 0, 0, 5, 50));
            }
            // what the platform does with a report it refuses
            subscriber.publish(prefix + "/positions/100007/rejected",
                    "{\"field\":\"lat\",\"reason\":\"out of range\"}".getBytes(StandardCharsets.UTF_8), 1, false);
            SendStats stats = sender.finish();
            assertThat(stats).extracting(SendStats::sent, SendStats::accepted, SendStats::rejected, SendStats::errors)
                    .containsExactly(200L, 200L, 1L, 0L);
        }
        List<String> topics = new java.util.ArrayList<>();
        for (int i = 0; i < 201; i++) {
            topics.add(next().getKey());
        }
        assertThat(topics).contains(prefix + "/positions/100000", prefix + "/positions/100199")
                .doesNotHaveDuplicates();
    }

    private MqttSender.Settings settings() {
        // concurrency above Mosquitto's default receive maximum (20): the sender must wait, not fail
        return new MqttSender.Settings(BROKER, prefix, 64, null, null, Duration.ofSeconds(1));
    }

    private Map.Entry<String, String> next() throws InterruptedException {
        Map.Entry<String, String> message = received.poll(30, TimeUnit.SECONDS);
        if (message == null) {
            fail("no message under " + prefix + "/positions/# within 30 s");
        }
        return message;
    }

    private static void assumeBroker() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 2000);
        } catch (IOException e) {
            String reason = "no MQTT broker at 127.0.0.1:1883 (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("GRIDPATROL_REQUIRE_SERVICES"))) {
                fail("GRIDPATROL_REQUIRE_SERVICES=true but " + reason);
            }
            LOG.log(Logger.Level.WARNING, "MQTT sender test skipped: " + reason);
            Assumptions.abort("MQTT sender test skipped: " + reason);
        }
    }
}
