package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broker outages, with a Mosquitto of the test's own on a free port that is started, killed and restarted. */
class ReconnectTest {

    private final String topic = "gridpatrol-test/" + UUID.randomUUID() + "/state";
    private Mosquitto.Broker broker;
    private PahoMqttMessaging messaging;

    @BeforeEach
    void requireMosquitto() throws Exception {
        Mosquitto.assumeBrokerProgram();
        Mosquitto.assumeSharedBroker(); // for mosquitto_sub / mosquitto_pub
        broker = new Mosquitto.Broker(Mosquitto.freePort());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (messaging != null) {
            messaging.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void startsWithoutBrokerThenConnectsAndKeepsSubscriptionsAcrossRestarts() throws Exception {
        messaging = new PahoMqttMessaging(PahoMqttMessagingTest.settings(broker.uri()),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)));
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        messaging.subscribe(topic, 1, (t, payload) -> received.add(new String(payload, StandardCharsets.UTF_8)));

        assertThat(messaging.isConnected()).isFalse();
        assertThat(messaging.publish(topic, new byte[] {1}, 1, false)).as("handed over while down").isFalse();
        assertThat(messaging.droppedMessages()).isEqualTo(1);

        broker.start();
        Mosquitto.await("first connection", messaging::isConnected);
        assertThat(PahoMqttMessagingTest.publishUntilReceived(broker.port, topic, "before restart", received))
                .isEqualTo("before restart");

        broker.stop();
        Mosquitto.await("connection loss noticed", () -> !messaging.isConnected());
        assertThat(messaging.publish(topic, new byte[] {2}, 0, false)).isFalse();
        assertThat(messaging.droppedMessages()).isEqualTo(2);

        broker.start();
        Mosquitto.await("reconnection", messaging::isConnected);
        received.clear();
        assertThat(PahoMqttMessagingTest.publishUntilReceived(broker.port, topic, "after restart", received))
                .isEqualTo("after restart");

        try (Mosquitto.Subscriber subscriber = new Mosquitto.Subscriber(broker.port, topic + "/out")) {
            subscriber.awaitSubscribed();
            assertThat(messaging.publish(topic + "/out", "back".getBytes(StandardCharsets.UTF_8), 1, false)).isTrue();
            assertThat(subscriber.received().payload()).isEqualTo("back");
        }
    }

    @Test
    void closesCleanlyWhileStillTryingToConnect() {
        messaging = new PahoMqttMessaging(PahoMqttMessagingTest.settings(broker.uri()),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(200)));

        messaging.close();

        assertThat(messaging.isConnected()).isFalse();
        assertThat(messaging.publish(topic, new byte[] {1}, 0, false)).isFalse();
        messaging = null;
    }

    @Test
    void closingEndsAConnectionAttemptTheServerNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String uri = "tcp://127.0.0.1:" + silent.getLocalPort();
            messaging = new PahoMqttMessaging(PahoMqttMessagingTest.settings(uri),
                    new Backoff(Duration.ofMillis(100), Duration.ofMillis(200)));
            try (Socket attempt = silent.accept()) { // TCP is up, the CONNACK never comes: Paho is "connecting"
                assertThat(messaging.isConnected()).isFalse();

                messaging.close();

                attempt.setSoTimeout((int) Mosquitto.PATIENCE.toMillis());
                byte[] buffer = new byte[256];
                int read = 0;
                while (read >= 0) { // the CONNECT packet, then end of stream when the client lets go
                    read = attempt.getInputStream().read(buffer);
                }
                assertThat(read).isEqualTo(-1);
            }
            messaging = null;
        }
    }

    @Test
    void disabledConnectionDropsEverythingAndConnectsNowhere() throws Exception {
        broker.start();
        MqttSettings disabled = MqttSettings.from(new ConfigValues.Mqtt(false, broker.uri(), "gp-off-"
                + UUID.randomUUID(), "", "", "gridpatrol"), () -> "unused");
        messaging = new PahoMqttMessaging(disabled, new Backoff(Duration.ofMillis(100), Duration.ofMillis(200)));
        messaging.subscribe(topic, 1, (t, payload) -> { }).close();

        assertThat(messaging.publish(topic, new byte[] {1}, 1, false)).isFalse();
        assertThat(messaging.isConnected()).isFalse();
        assertThat(messaging.droppedMessages()).isEqualTo(1);
    }
}
