package org.gridpatrol.tracking.internal.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.mqtt.api.Subscription;
import org.gridpatrol.mqtt.internal.MqttConfig;
import org.gridpatrol.mqtt.internal.PahoMqttMessaging;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.internal.positions.EmptyPositions;
import org.gridpatrol.tracking.internal.positions.JdbcPositions;
import org.gridpatrol.tracking.internal.units.TrackingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener on the real PahoMqttMessaging against the real Mosquitto at 127.0.0.1:1883, over the real ingest
 * in H2GIS. Outside devices are a second Paho client and the {@code mosquitto_pub} command. Each run has a topic
 * prefix of its own, so it neither sees nor disturbs anything else on the broker.
 */
class MqttPositionListenerTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String prefix = "gridpatrol-test/" + UUID.randomUUID();
    private final BlockingQueue<JsonNode> rejections = new LinkedBlockingQueue<>();
    private JdbcPositions positions;
    private PahoMqttMessaging server;
    private PahoMqttMessaging device;
    private MqttPositionListener listener;
    private Subscription rejectedFeed;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        fixture = new TrackingFixture(store.store());
        fixture.units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", "d2"),
                TrackingFixture.unit("P3", "probe")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private PahoMqttMessaging client(String name) {
        return new PahoMqttMessaging(Configs.of(MqttConfig.class, Map.of("serverUri", SharedBroker.URI,
                "clientId", "gp-tracking-" + name + "-" + UUID.randomUUID(), "topicPrefix", prefix)));
    }

    @BeforeEach
    void connect() throws Exception {
        SharedBroker.assumeReachable();
        positions = EmptyPositions.open(store.store(), fixture.units);
        server = client("server");
        device = client("device");
        SharedBroker.await("both clients connected", () -> server.isConnected() && device.isConnected());
        rejectedFeed = device.subscribe(prefix + "/positions/+/rejected", 1, (topic, payload) -> {
            try {
                rejections.add(((com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(payload)).put("topic", topic));
            } catch (java.io.IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        });
        listener = new MqttPositionListener(server, positions, positions);
        awaitSubscriptions();
    }

    /** The subscriptions reach the broker in the background: a probe, resent until stored, shows they are live. */
    private void awaitSubscriptions() throws Exception {
        Instant probeTime = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);
        byte[] probe = ("{\"lat\":27.8,\"lon\":120.6,\"time\":\"" + probeTime + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] rejectedProbe = "{\"lat\":27.8}".getBytes(StandardCharsets.UTF_8);
        SharedBroker.await("the listener's and the feed's subscriptions are live", () -> {
            device.publish(prefix + "/positions/probe", probe, 1, false);
            device.publish(prefix + "/positions/probe", rejectedProbe, 1, false);
            sleep(200);
            return positions.latest("P3").isPresent() && !rejections.isEmpty();
        });
        sleep(300);
        rejections.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void disconnect() {
        if (listener != null) {
            listener.close();
        }
        if (rejectedFeed != null) {
            rejectedFeed.close();
        }
        for (PahoMqttMessaging client : new PahoMqttMessaging[] {server, device}) {
            if (client != null) {
                closeClient(client);
            }
        }
        if (positions != null) {
            positions.close();
        }
    }

    /** PahoMqttMessaging's deactivate method is package-private in its bundle; call it as SCR would. */
    private static void closeClient(PahoMqttMessaging client) {
        try {
            java.lang.reflect.Method close = PahoMqttMessaging.class.getDeclaredMethod("close");
            close.setAccessible(true);
            close.invoke(client);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void publish(String deviceId, String payload) {
        assertThat(device.publish(prefix + "/positions/" + deviceId, payload.getBytes(StandardCharsets.UTF_8), 1, false))
                .isTrue();
    }

    private JsonNode nextRejection() throws InterruptedException {
        JsonNode rejection = rejections.poll(SharedBroker.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(rejection).as("a message on .../rejected").isNotNull();
        return rejection;
    }

    @Test
    void aJsonReportIsStoredForTheDeviceInTheTopic() throws Exception {
        Instant time = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);

        publish("d1", "{\"lat\":27.81,\"lon\":120.61,\"time\":\"" + time + "\",\"speedKmh\":20,\"batteryPercent\":40}");

        SharedBroker.await("P1's position stored", () -> positions.latest("P1").isPresent());
        assertThat(positions.latest("P1")).contains(new Position("P1", time, 120.61, 27.81, 20, Double.NaN, Double.NaN,
                Double.NaN, 40));
        assertThat(positions.byChannel().get("mqtt").accepted()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anArrayKeepsItsGoodReportsAndTheBadOnesArePublishedAsRejected() throws Exception {
        long seconds = Instant.now().minusSeconds(60).getEpochSecond();

        publish("d2", "[{\"lat\":27.81,\"lon\":120.61,\"time\":" + seconds + "},{\"lon\":120.62,\"time\":" + seconds + "},"
                + "{\"lat\":27.83,\"lon\":120.63,\"time\":" + (seconds + 1) + "000,\"crs\":\"gcj02\"},"
                + "{\"lat\":0,\"lon\":0}]");

        JsonNode rejected = nextRejection();
        assertThat(rejected.get("topic").asText()).isEqualTo(prefix + "/positions/d2/rejected");
        assertThat(rejected.get("accepted").asInt()).isEqualTo(2);
        assertThat(rejected.get("rejected")).extracting(r -> r.get("index").asInt() + ":" + r.get("field").asText())
                .containsExactly("1:lat", "3:lon");
        assertThat(rejected.at("/rejected/0/deviceId").asText()).isEqualTo("d2");
        assertThat(positions.track("P2", Instant.ofEpochSecond(seconds), Instant.now(), 10)).hasSize(2);
    }

    @Test
    void unknownDevicesAndUnreadablePayloadsAreAnsweredOnRejected() throws Exception {
        publish("stranger", "{\"lat\":27.81,\"lon\":120.61}");
        JsonNode unknown = nextRejection();
        assertThat(unknown.get("topic").asText()).isEqualTo(prefix + "/positions/stranger/rejected");
        assertThat(unknown.at("/rejected/0/field").asText()).isEqualTo("deviceId");

        publish("d1", "lat=27.81&lon=120.61");
        assertThat(nextRejection().at("/rejected/0/field").asText()).isEqualTo("payload");
        publish("d1", "42");
        assertThat(nextRejection().at("/rejected/0/field").asText()).isEqualTo("payload");
        assertThat(positions.latest("P1")).isEmpty();
    }

    @Test
    void aPositionFromMosquittoPubIsStored() throws Exception {
        SharedBroker.assumeMosquittoPub();
        Instant time = Instant.now().minusSeconds(15).truncatedTo(ChronoUnit.SECONDS);

        SharedBroker.mosquittoPub(prefix + "/positions/d2",
                "{\"lat\":27.79,\"lon\":120.59,\"time\":\"" + time + "\",\"bearingDeg\":180,\"accuracyMetres\":6}");

        SharedBroker.await("P2's position stored", () -> positions.latest("P2").isPresent());
        Position stored = positions.latest("P2").orElseThrow();
        assertThat(stored.time()).isEqualTo(time);
        assertThat(stored.lon()).isEqualTo(120.59);
        assertThat(stored.bearingDeg()).isEqualTo(180);
        assertThat(stored.accuracyMetres()).isEqualTo(6);
    }
}
