package org.gridpatrol.tracking.internal.osmand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.internal.positions.IngestCounters;
import org.gridpatrol.tracking.internal.positions.EmptyPositions;
import org.gridpatrol.tracking.internal.positions.JdbcPositions;
import org.gridpatrol.tracking.internal.units.TrackingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real receiver on a free port, over the real ingest in H2GIS, with requests as Traccar clients send them. */
class OsmAndServerTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private JdbcPositions positions;
    private OsmAndServer server;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        fixture = new TrackingFixture(store.store());
        fixture.units.save(List.of(TrackingFixture.unit("P1", "123456"), TrackingFixture.unit("P2", "87654321")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void start() throws Exception {
        positions = EmptyPositions.open(store.store(), fixture.units);
        server = new OsmAndServer(positions, fixture.units, positions,
                Configs.of(OsmAndConfig.class, Map.of("port", 0, "host", "127.0.0.1", "threads", 4)),
                ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void stop() {
        server.stop();
        positions.close();
    }

    private URI uri(String query) {
        return URI.create("http://127.0.0.1:" + server.port() + "/" + (query == null ? "" : "?" + query));
    }

    private HttpResponse<String> get(String query) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(query)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long secondsAgo(long seconds) {
        return Instant.now().minusSeconds(seconds).getEpochSecond();
    }

    @Test
    void traccarClientForAndroidIsStoredAnd200() throws Exception {
        long time = secondsAgo(30);

        HttpResponse<String> answer = get(TraccarRequests.androidQuery("123456", time, 27.78, 120.65, 10.0, 87.0));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(positions.latest("P1")).contains(new Position("P1", Instant.ofEpochSecond(time), 120.65, 27.78,
                10 * 1.852, 0.0, 12.0, 5.0, 87.0));
    }

    @Test
    void theAndroidClientsPostWithAnEmptyBodyAndAFormBodyAreRead() throws Exception {
        long earlier = secondsAgo(60);
        long later = secondsAgo(30);

        assertThat(post(TraccarRequests.androidQuery("123456", earlier, 27.78, 120.65, 0.0, 80.0), null, "").statusCode())
                .isEqualTo(200);
        assertThat(post(null, "application/x-www-form-urlencoded",
                TraccarRequests.androidQuery("123456", later, 27.79, 120.66, 0.0, 79.0)).statusCode()).isEqualTo(200);

        assertThat(positions.track("P1", Instant.ofEpochSecond(earlier), Instant.now(), 10))
                .extracting(Position::batteryPercent).containsExactly(80.0, 79.0);
    }

    @Test
    void traccarClient9JsonIsStoredAnd200() throws Exception {
        Instant time = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> answer = post(null, "application/json",
                TraccarRequests.client9Json("87654321", time, 27.7801, 120.6502, 3.2, 271.5, 0.63));

        assertThat(answer.statusCode()).isEqualTo(200);
        Position stored = positions.latest("P2").orElseThrow();
        assertThat(stored.time()).isEqualTo(time);
        assertThat(stored.speedKmh()).isCloseTo(11.52, within(1e-9));
        assertThat(stored.batteryPercent()).isEqualTo(63);
    }

    @Test
    void unknownOrMissingDevicesGetTraccarsStatuses() throws Exception {
        assertThat(get(TraccarRequests.androidQuery("999", secondsAgo(5), 27.78, 120.65, 0, 50)).statusCode())
                .as("unknown device, query form").isEqualTo(400);
        assertThat(post(null, "application/json",
                TraccarRequests.client9Json("999", Instant.now(), 27.78, 120.65, 0, 0, 0.5)).statusCode())
                .as("unknown device, JSON form").isEqualTo(404);
        assertThat(post(null, "application/json", "{\"device_id\":\"999\",\"location\":{}}").statusCode())
                .as("unknown device with an unreadable location, JSON form").isEqualTo(404);
        assertThat(get("timestamp=1377177267&lat=60.0&lon=30.0").statusCode()).as("no id").isEqualTo(400);
        assertThat(get(null).statusCode()).as("nothing at all").isEqualTo(400);
        assertThat(positions.byChannel().get("osmand").rejected()).isEqualTo(5);
    }

    @Test
    void unreadableRequestsAre400NeverA5xx() throws Exception {
        assertThat(get("id=123456&lat=north&lon=120.65").statusCode()).isEqualTo(400);
        assertThat(get("id=123456&lat=91&lon=120.65").statusCode()).isEqualTo(400);
        assertThat(get("id=123456&lat=27.7&lon=120.6&timestamp=soon").statusCode()).isEqualTo(400);
        HttpResponse<String> badJson = post(null, "application/json", "{\"device_id\":\"123456\",\"location\":");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("body");
        assertThat(post(null, "application/json", "[]").statusCode()).isEqualTo(400);
        assertThat(post("id=123456", "text/plain", "x".repeat(70_000)).statusCode()).isEqualTo(413);
        assertThat(positions.latest("P1")).isEmpty();
    }

    @Test
    void reportsThatAreReadButFilteredAre200AndNotStoredAsInTraccar() throws Exception {
        assertThat(get("id=123456&timestamp=1700000000&lat=27.78&lon=120.65&speed=0.0&bearing=0.0&altitude=12.0"
                + "&accuracy=5.0&batt=87.0&charge=false").statusCode()).as("older than the retention").isEqualTo(200);
        assertThat(get(TraccarRequests.androidQuery("123456", secondsAgo(-3600), 27.78, 120.65, 0, 50)).statusCode())
                .as("an hour in the future").isEqualTo(200);
        assertThat(get(TraccarRequests.androidQuery("123456", secondsAgo(5), 0.0, 0.0, 0, 50)).statusCode())
                .as("(0, 0), no fix").isEqualTo(200);
        assertThat(get("id=123456&timestamp=" + secondsAgo(5)).statusCode()).as("no coordinates").isEqualTo(200);

        assertThat(positions.latest("P1")).isEmpty();
        assertThat(positions.byChannel().get("osmand")).isEqualTo(new IngestCounters.ChannelCount(0, 4));
    }
}
