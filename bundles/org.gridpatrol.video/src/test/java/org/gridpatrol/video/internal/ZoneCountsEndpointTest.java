package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/video/counts} over counts stored from real events and a real camera register in H2GIS. */
class ZoneCountsEndpointTest {

    /** The endpoint's "now"; the history below lies in the 26 hours before it. */
    private static final Instant NOW = Instant.parse("2026-05-02T08:00:30Z");
    private static final String CAMERA = "RA-AY-001";

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static ZoneCountHistory history;
    private static JdbcCameraRegistry cameras;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        cameras = new JdbcCameraRegistry(store.store(), new Territory(store.store()).locator, new RecordingEventAdmin());
        cameras.save(Cameras.fixed(CAMERA));
        cameras.save(Cameras.fixed("RA-FY-001"));
        history = new ZoneCountHistory(store.store(), Configs.of(ZoneCountsConfig.class, Map.of("retentionDays", 3650)),
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneCountHistory.MAX_OPEN_BUCKETS);
        Instant minute = NOW.minusSeconds(30);
        count("entrance", 2, 1.5, minute.minus(Duration.ofHours(25)));
        count("entrance", 4, 3.0, minute.minus(Duration.ofHours(23)).plusSeconds(5));
        count("entrance", 6, null, minute.minus(Duration.ofHours(23)).plusSeconds(35));
        count("entrance", 5, null, minute.minus(Duration.ofMinutes(2)).plusSeconds(1));
        count("exit", 1, null, minute.minus(Duration.ofMinutes(3)));
        count("old-zone", 3, null, minute.minus(Duration.ofMinutes(10)));
        history.writeEnded();
    }

    private static void count(String zone, int count, Double density, Instant time) {
        history.handleEvent(density == null ? ZoneCountEvents.count(CAMERA, zone, count, time)
                : ZoneCountEvents.count(CAMERA, zone, count, density, time));
    }

    @AfterAll
    static void close() {
        history.deactivate();
        store.close();
    }

    private ZoneCountsEndpoint endpoint(int maxBuckets) {
        return new ZoneCountsEndpoint(history, cameras, Clock.fixed(NOW, ZoneOffset.UTC), maxBuckets);
    }

    private JsonNode get(String... parameters) throws Exception {
        return Requests.json(endpoint(ZoneCountsEndpoint.MAX_BUCKETS).handle(Requests.getAs("", "grid-worker", parameters)));
    }

    private void assertProblem(int status, String field, String... parameters) {
        assertThatThrownBy(() -> endpoint(ZoneCountsEndpoint.MAX_BUCKETS).handle(Requests.getAs("", "grid-worker", parameters)))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
                    assertThat(problem.field()).as(problem.detail()).isEqualTo(field);
                });
    }

    private static List<String> starts(JsonNode buckets) {
        List<String> starts = new ArrayList<>();
        buckets.forEach(bucket -> starts.add(bucket.get("start").asText()));
        return starts;
    }

    @Test
    void theLast24HoursPerZoneInTimeOrder() throws Exception {
        JsonNode answer = get("camera", CAMERA);

        assertThat(answer.get("camera").asText()).isEqualTo(CAMERA);
        assertThat(answer.get("bucketSeconds").asInt()).isEqualTo(60);
        assertThat(answer.get("to").asText()).isEqualTo(NOW.toString());
        assertThat(answer.get("from").asText()).isEqualTo(NOW.minus(Duration.ofHours(24)).toString());
        List<String> zones = new ArrayList<>();
        answer.get("zones").fieldNames().forEachRemaining(zones::add);
        assertThat(zones).as("the camera's zones first, then zones with history only").containsExactly("entrance", "exit",
                "old-zone");
        JsonNode entrance = answer.get("zones").get("entrance");
        assertThat(starts(entrance)).as("the bucket of 25 hours ago is outside the default range")
                .containsExactly("2026-05-01T09:00:00Z", "2026-05-02T07:58:00Z");
        JsonNode first = entrance.get(0);
        assertThat(first.get("max").asInt()).isEqualTo(6);
        assertThat(first.get("mean").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(first.get("samples").asInt()).isEqualTo(2);
        assertThat(first.get("maxDensity").asDouble()).isEqualTo(3.0);
        assertThat(entrance.get(1).has("maxDensity")).isTrue();
        assertThat(entrance.get(1).get("maxDensity").isNull()).isTrue();
        assertThat(starts(answer.get("zones").get("exit"))).containsExactly("2026-05-02T07:57:00Z");
    }

    @Test
    void oneZoneAndAnExplicitRangeWithOffsets() throws Exception {
        JsonNode entrance = get("camera", CAMERA, "zone", "entrance", "from", "2026-05-01T15:00:00+08:00",
                "to", "2026-05-02T15:58:00+08:00");
        JsonNode nothing = get("camera", CAMERA, "zone", "no-such-zone");

        assertThat(entrance.get("zones").size()).isEqualTo(1);
        assertThat(starts(entrance.get("zones").get("entrance"))).as("[from, to): the bucket starting at 'to' is left out")
                .containsExactly("2026-05-01T07:00:00Z", "2026-05-01T09:00:00Z");
        assertThat(nothing.get("zones").get("no-such-zone").isArray()).isTrue();
        assertThat(nothing.get("zones").get("no-such-zone").size()).isZero();
        assertThat(get("camera", "RA-FY-001").get("zones").get("entrance").size()).as("another camera's history").isZero();
    }

    @Test
    void rangesUpTo31Days() throws Exception {
        assertThat(get("camera", CAMERA, "from", NOW.minus(Duration.ofDays(31)).toString()).get("zones").get("entrance")
                .size()).isEqualTo(3);
        assertProblem(400, "from", "camera", CAMERA, "from", NOW.minus(Duration.ofDays(31)).minusSeconds(1).toString());
        assertProblem(400, "from", "camera", CAMERA, "from", "2026-01-01T00:00:00Z", "to", "2026-03-01T00:00:00Z");
        assertProblem(400, "to", "camera", CAMERA, "from", "2026-05-01T00:00:00Z", "to", "2026-05-01T00:00:00Z");
        assertProblem(400, "to", "camera", CAMERA, "from", NOW.plusSeconds(60).toString());
    }

    @Test
    void refusesTooManyBucketsForOneAnswer() throws Exception {
        String[] month = {"camera", CAMERA, "from", NOW.minus(Duration.ofDays(30)).toString()};
        String[] monthOfOneZone = {"camera", CAMERA, "zone", "entrance", "from", NOW.minus(Duration.ofDays(30)).toString()};

        assertThat(Requests.json(endpoint(5).handle(Requests.getAs("", "grid-worker", month))).get("zones").get("entrance")
                .size()).as("3 + 1 + 1 buckets").isEqualTo(3);
        assertThat(Requests.json(endpoint(4).handle(Requests.getAs("", "grid-worker", monthOfOneZone))).get("zones")
                .get("entrance").size()).isEqualTo(3);
        assertThatThrownBy(() -> endpoint(4).handle(Requests.getAs("", "grid-worker", month)))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("from");
                    assertThat(problem.detail()).contains("more than 4 buckets");
                });
    }

    @Test
    void badParametersAre400NamingTheField() {
        assertProblem(400, "camera");
        assertProblem(400, "camera", "camera", "RA AY 001");
        assertProblem(400, "zone", "camera", CAMERA, "zone", "z".repeat(101));
        assertProblem(400, "from", "camera", CAMERA, "from", "yesterday");
        assertProblem(400, "from", "camera", CAMERA, "from", "2026-05-01T08:00:00", "to", "2026-05-01T09:00:00Z");
        assertProblem(400, "to", "camera", CAMERA, "to", "2026-05-01");
    }

    @Test
    void anUnknownCameraIs404AndOnlyGetIsAllowed() {
        assertProblem(404, "camera", "camera", "RA-XX-999");
        assertThatThrownBy(() -> endpoint(10).handle(Requests.request("POST", "", "admin", "{}", "camera", CAMERA)))
                .isInstanceOfSatisfying(ApiException.class, problem -> assertThat(problem.status()).isEqualTo(405));
    }
}
