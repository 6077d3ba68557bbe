package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gridpatrol.mqtt.api.MqttListener;
import org.gridpatrol.mqtt.api.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real Mosquitto at 127.0.0.1:1883, with mosquitto_sub / mosquitto_pub as the outside clients. */
class PahoMqttMessagingTest {

    private final String run = "gridpatrol-test/" + UUID.randomUUID();
    private PahoMqttMessaging messaging;

    @BeforeEach
    void connect() throws InterruptedException {
        Mosquitto.assumeSharedBroker();
        messaging = new PahoMqttMessaging(settings("tcp://127.0.0.1:" + Mosquitto.SHARED_PORT),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
        Mosquitto.await("connected to the shared broker", messaging::isConnected);
    }

    @AfterEach
    void close() {
        if (messaging != null) {
            messaging.close();
        }
    }

    static MqttSettings settings(String serverUri) {
        return MqttSettings.from(ConfigValues.Mqtt.of(serverUri, "gp-test-" + UUID.randomUUID()), () -> "unused");
    }

    @Test
    void publishedMessagesReachAnOutsideSubscriber() throws Exception {
        String topic = run + "/video/alert";
        try (Mosquitto.Subscriber subscriber = new Mosquitto.Subscriber(Mosquitto.SHARED_PORT, topic)) {
            subscriber.awaitSubscribed();

            boolean handedOver = messaging.publish(topic, "{\"count\":3}".getBytes(StandardCharsets.UTF_8), 1, false);

            assertThat(handedOver).isTrue();
            assertThat(subscriber.received()).isEqualTo(new Mosquitto.Received(1, false, "{\"count\":3}"));
        }
        assertThat(messaging.droppedMessages()).isZero();
    }

    @Test
    void retainedAndQosZeroAreSentAsAsked() throws Exception {
        String topic = run + "/retained";
        try (Mosquitto.Subscriber subscriber = new Mosquitto.Subscriber(Mosquitto.SHARED_PORT, topic)) {
            subscriber.awaitSubscribed();
            messaging.publish(topic, "r".getBytes(StandardCharsets.UTF_8), 0, true);

            // A live subscriber sees retain=0 (MQTT 5 default "retain as published" off), so check QoS here...
            assertThat(subscriber.received()).isEqualTo(new Mosquitto.Received(0, false, "r"));
        }
        // ...and the retained flag with a subscriber that comes afterwards and gets the stored message.
        try (Mosquitto.Subscriber late = new Mosquitto.Subscriber(Mosquitto.SHARED_PORT, topic)) {
            assertThat(late.received()).isEqualTo(new Mosquitto.Received(0, true, "r"));
        }
        messaging.publish(topic, new byte[0], 0, true); // an empty retained message clears it
    }

    @Test
    void subscriptionsReceiveWhatAnOutsideClientPublishes() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        messaging.subscribe(run + "/drones/+/telemetry", 1,
                (topic, payload) -> received.add(topic + " " + new String(payload, StandardCharsets.UTF_8)));

        String first = publishUntilReceived(run + "/drones/D7/telemetry", "{\"alt\":120}", received);

        assertThat(first).isEqualTo(run + "/drones/D7/telemetry {\"alt\":120}");
    }

    @Test
    void overlappingFiltersReachEachListenerOnce() throws Exception {
        List<String> wide = new CopyOnWriteArrayList<>();
        List<String> narrow = new CopyOnWriteArrayList<>();
        messaging.subscribe(run + "/#", 1, collectInto(wide));
        messaging.subscribe(run + "/cam/state", 1, collectInto(narrow));
        String topic = run + "/cam/state";
        warmUp(topic, () -> wide.contains("warm-up") && narrow.contains("warm-up"));
        wide.clear();
        narrow.clear();

        Mosquitto.publish(Mosquitto.SHARED_PORT, topic, "once");
        Mosquitto.publish(Mosquitto.SHARED_PORT, topic, "fence");
        Mosquitto.await("the fence message", () -> wide.contains("fence") && narrow.contains("fence"));

        assertThat(wide).containsExactly("once", "fence");
        assertThat(narrow).containsExactly("once", "fence");
    }

    @Test
    void aClosedSubscriptionReceivesNothingMoreWhileOthersGoOn() throws Exception {
        List<String> closing = new CopyOnWriteArrayList<>();
        List<String> staying = new CopyOnWriteArrayList<>();
        Subscription subscription = messaging.subscribe(run + "/a", 1, collectInto(closing));
        messaging.subscribe(run + "/b", 1, collectInto(staying));
        warmUp(run + "/a", () -> closing.contains("warm-up"));
        warmUp(run + "/b", () -> staying.contains("warm-up"));

        subscription.close();
        subscription.close(); // closing twice is harmless
        Mosquitto.publish(Mosquitto.SHARED_PORT, run + "/a", "after close");
        Mosquitto.publish(Mosquitto.SHARED_PORT, run + "/b", "fence");
        Mosquitto.await("the fence message", () -> staying.contains("fence"));

        assertThat(closing).doesNotContain("after close");
    }

    @Test
    void aFailingListenerNeitherStopsTheOthersNorTheConnection() throws Exception {
        List<String> healthy = new CopyOnWriteArrayList<>();
        messaging.subscribe(run + "/x", 1, (topic, payload) -> {
            throw new IllegalStateException("listener bug");
        });
        messaging.subscribe(run + "/x", 1, collectInto(healthy));
        warmUp(run + "/x", () -> healthy.contains("warm-up"));

        Mosquitto.publish(Mosquitto.SHARED_PORT, run + "/x", "second");
        Mosquitto.await("the second message", () -> healthy.contains("second"));

        assertThat(messaging.isConnected()).isTrue();
    }

    @Test
    void refusesInvalidTopicsAndQos() {
        byte[] payload = {1};
        assertThatIllegalArgumentException().isThrownBy(() -> messaging.publish(run + "/+", payload, 1, false));
        assertThatIllegalArgumentException().isThrownBy(() -> messaging.publish(run + "/t", payload, 3, false));
        assertThatIllegalArgumentException().isThrownBy(() -> messaging.subscribe(run + "/a#", 1, (t, p) -> { }));
        assertThat(messaging.droppedMessages()).as("refused is not dropped").isZero();
    }

    private static MqttListener collectInto(List<String> payloads) {
        return (topic, payload) -> payloads.add(new String(payload, StandardCharsets.UTF_8));
    }

    /** Publishes "warm-up" until {@code arrived}: a subscription is live at the broker only after its SUBACK. */
    private static void warmUp(String topic, BooleanSupplier arrived) throws Exception {
        Instant deadline = Instant.now().plus(Mosquitto.PATIENCE);
        while (!arrived.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Mosquitto.publish(Mosquitto.SHARED_PORT, topic, "warm-up");
            Thread.sleep(200);
        }
        Mosquitto.await("warm-up message on " + topic, arrived);
    }

    static String publishUntilReceived(int port, String topic, String message, BlockingQueue<String> received)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Mosquitto.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Mosquitto.publish(port, topic, message);
            String first = received.poll(300, TimeUnit.MILLISECONDS);
            if (first != null) {
                return first;
            }
        }
        throw new AssertionError("Nothing received on " + topic + " within " + Mosquitto.PATIENCE.toSeconds() + " s");
    }

    private static String publishUntilReceived(String topic, String message, BlockingQueue<String> received)
            throws IOException, InterruptedException {
        return publishUntilReceived(Mosquitto.SHARED_PORT, topic, message, received);
    }
}
