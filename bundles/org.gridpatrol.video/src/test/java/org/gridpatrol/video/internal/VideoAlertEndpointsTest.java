package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert and health endpoints over alerts stored from real events in H2GIS. */
class VideoAlertEndpointsTest {

    private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static JdbcVideoAlerts alerts;
    private static final byte[] JPEG = Jpegs.of(320, 240);

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        alerts = new JdbcVideoAlerts(store.store(), new Territory(store.store()).locator,
                Configs.of(AlertsConfig.class, Map.of("retentionDays", 3650)));
        alerts.handleEvent(AlertEvents.start("a-1", START, 6, Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT, JPEG));
        alerts.handleEvent(AlertEvents.end("a-1", START.plusSeconds(60), 7));
        alerts.handleEvent(AlertEvents.with(AlertEvents.start("a-2", START.plusSeconds(100), 3, Double.NaN, Double.NaN, null),
                "camera", "RA-FY-001"));
        alerts.handleEvent(AlertEvents.with(AlertEvents.start("a-3", START.plusSeconds(200), 4, 120.57, 27.75, JPEG),
                "kind", "LOITERING"));
    }

    @AfterAll
    static void close() {
        alerts.deactivate();
        store.close();
    }

    private final VideoAlertsEndpoint list = new VideoAlertsEndpoint(alerts);
    private final VideoAlertEndpoint one = new VideoAlertEndpoint(alerts);

    private static void assertProblem(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(alert -> ids.add(alert.get("id").asText()));
        return ids;
    }

    @Test
    void listsAlertsNewestFirstWithFilters() throws Exception {
        assertThat(ids(Requests.json(list.handle(Requests.getAs("", "grid-worker"))))).startsWith("a-3", "a-2", "a-1");
        assertThat(ids(Requests.json(list.handle(Requests.getAs("", "grid-worker", "limit", "1"))))).containsExactly("a-3");
        assertThat(ids(Requests.json(list.handle(Requests.getAs("", "grid-worker", "camera", "RA-FY-001"))))).containsExactly("a-2");
        assertThat(ids(Requests.json(list.handle(Requests.getAs("", "grid-worker", "grid", Territory.WEST_MICRO)))))
                .containsExactly("a-1");
    }

    @Test
    void anAlertReadsWithTimesAndUnknownPlacesAsNull() throws Exception {
        JsonNode ended = Requests.json(one.handle(Requests.getAs("/a-1", "grid-worker")));
        JsonNode unlocated = Requests.json(one.handle(Requests.getAs("/a-2", "grid-worker")));

        assertThat(ended.get("startedAt").asText()).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(ended.get("endedAt").asText()).isEqualTo("2026-05-01T08:01:00Z");
        assertThat(ended.get("active").asBoolean()).isFalse();
        assertThat(ended.get("peakCount").asInt()).isEqualTo(7);
        assertThat(ended.get("gridCode").asText()).isEqualTo(Territory.WEST_MICRO);
        assertThat(ended.get("lon").asDouble()).isEqualTo(Territory.IN_MICRO_LON);
        assertThat(ended.get("snapshot").asText()).isEqualTo("/api/v1/video/alerts/a-1/snapshot.jpg");
        assertThat(unlocated.get("lon").isNull()).isTrue();
        assertThat(unlocated.get("endedAt").isNull()).isTrue();
        assertThat(unlocated.get("active").asBoolean()).isTrue();
    }

    @Test
    void servesTheSnapshotAsJpeg() {
        ApiResponse snapshot = one.handle(Requests.getAs("/a-1/snapshot.jpg", "grid-worker"));

        assertThat(snapshot.contentType()).isEqualTo("image/jpeg");
        assertThat((byte[]) snapshot.body()).isEqualTo(JPEG);
        assertThat(JpegSize.of((byte[]) snapshot.body())).contains(new JpegSize(320, 240));
        assertProblem(() -> one.handle(Requests.getAs("/a-2/snapshot.jpg", "grid-worker")), 404, "id");
        assertProblem(() -> one.handle(Requests.getAs("/nope/snapshot.jpg", "grid-worker")), 404, "id");
    }

    @Test
    void patrolOperatorsAndDispatchersAcknowledgeTheFirstOneCounts() throws Exception {
        assertProblem(() -> one.handle(Requests.request("POST", "/a-3/ack", "grid-worker", "")), 403, "role");
        assertProblem(() -> one.handle(Requests.request("POST", "/a-3/ack", "gis-editor", "")), 403, "role");
        assertThat(alerts.find("a-3").orElseThrow().isAcknowledged()).isFalse();

        JsonNode first = Requests.json(one.handle(Requests.request("POST", "/a-3/ack", "patrol-operator", "")));
        JsonNode second = Requests.json(one.handle(Requests.request("POST", "/a-3/ack", "dispatcher", "")));

        assertThat(first.get("acknowledgedBy").asText()).isEqualTo("patrol-operator-user");
        assertThat(first.get("acknowledgedAt").isNull()).isFalse();
        assertThat(second.get("acknowledgedBy").asText()).isEqualTo("patrol-operator-user");
        assertThat(ids(Requests.json(list.handle(Requests.getAs("", "admin", "unacknowledged", "true"))))).doesNotContain("a-3")
                .contains("a-1", "a-2");
        assertProblem(() -> one.handle(Requests.request("POST", "/nope/ack", "admin", "")), 404, "id");
    }

    @Test
    void refusesBadParametersPathsAndMethods() {
        assertProblem(() -> list.handle(Requests.getAs("", "admin", "limit", "0")), 400, "limit");
        assertProblem(() -> list.handle(Requests.getAs("", "admin", "limit", "1001")), 400, "limit");
        assertProblem(() -> list.handle(Requests.getAs("", "admin", "grid", "33%")), 400, "grid");
        assertProblem(() -> list.handle(Requests.getAs("", "admin", "camera", "a b")), 400, "camera");
        assertProblem(() -> list.handle(Requests.getAs("", "admin", "unacknowledged", "maybe")), 400, "unacknowledged");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", "")), 405, "method");
        assertProblem(() -> one.handle(Requests.getAs("/nope", "admin")), 404, "id");
        assertProblem(() -> one.handle(Requests.getAs("/a-1/video.mp4", "admin")), 404, "path");
        assertProblem(() -> one.handle(Requests.getAs("", "admin")), 404, "path");
        assertProblem(() -> one.handle(Requests.getAs("/a-1/ack", "admin")), 405, "method");
        assertProblem(() -> one.handle(Requests.request("DELETE", "/a-1", "admin", "")), 405, "method");
    }

    @Test
    void healthListsTheMonitorsCamerasAndNothingWithoutIt() throws Exception {
        VideoHealthEndpoint health = new VideoHealthEndpoint();
        assertThat(Requests.json(health.handle(Requests.getAs("", "grid-worker")))).isEmpty();

        FixedMonitor monitor = new FixedMonitor(Map.of("RA-1", new CameraHealth("RA-1", CameraState.ONLINE, null, START,
                START.plusSeconds(5), 25, 4, 12, 3)), Map.of());
        health.bindMonitor(monitor);
        JsonNode online = Requests.json(health.handle(Requests.getAs("", "grid-worker")));
        health.unbindMonitor(monitor);

        assertThat(online).hasSize(1);
        assertThat(online.at("/0/cameraCode").asText()).isEqualTo("RA-1");
        assertThat(online.at("/0/state").asText()).isEqualTo("ONLINE");
        assertThat(online.at("/0/lastFrameAt").asText()).isEqualTo("2026-05-01T08:00:05Z");
        assertThat(online.at("/0/analysisFps").asDouble()).isEqualTo(4);
        assertThat(online.at("/0/lastCount").asInt()).isEqualTo(3);
        assertThat(Requests.json(health.handle(Requests.getAs("", "grid-worker")))).isEmpty();
        assertProblem(() -> health.handle(Requests.request("POST", "", "admin", "")), 405, "method");
    }
}
