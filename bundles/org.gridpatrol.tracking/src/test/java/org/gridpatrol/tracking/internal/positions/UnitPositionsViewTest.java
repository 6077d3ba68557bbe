package org.gridpatrol.tracking.internal.positions;

import org.gridpatrol.testing.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.internal.ChinaCoordinateConverter;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.internal.units.TrackingFixture;
import org.gridpatrol.tracking.internal.units.UnitsEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/v1/patrol-units/live} and {@code /api/v1/patrol-units/{code}/track}, through the units endpoint as routed. */
class UnitPositionsViewTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private SettableClock clock;
    private JdbcPositions positions;
    private ApiEndpoint units;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        fixture = new TrackingFixture(store.store());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void start() throws Exception {
        fixture.units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", "d2"),
                TrackingFixture.unit("P3", "d3")));
        clock = new SettableClock();
        positions = new JdbcPositions(store.store(), fixture.units, new ChinaCoordinateConverter(),
                Configs.of(PositionsConfig.class, Map.of()), clock);
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM unit_position");
        }
        UnitsEndpoint endpoint = new UnitsEndpoint(fixture.units);
        endpoint.bindPositions(new UnitPositionsView(positions, fixture.units, clock));
        units = endpoint;
    }

    @AfterEach
    void stop() {
        positions.close();
    }

    private static void assertProblem(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    @Test
    void liveShowsEachRegisteredUnitWithARecentPosition() throws Exception {
        Instant now = clock.instant();
        positions.ingest(List.of(Reports.at("d1", now.minusSeconds(120)), Reports.at("d1", now.minusSeconds(60), 120.61, 27.81),
                Reports.bare("d2", now.minusSeconds(30), 120.62, 27.82, InputCrs.WGS84),
                Reports.at("d3", now.minus(Duration.ofMinutes(20)))), "rest");

        ApiResponse answer = units.handle(Requests.get("/live"));

        assertThat(answer.contentType()).isEqualTo(ApiResponse.GEO_JSON);
        JsonNode live = Requests.json(answer);
        assertThat(live.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(live.get("features")).extracting(feature -> feature.get("id").asText()).containsExactly("P1", "P2");
        JsonNode p1 = live.at("/features/0");
        assertThat(p1.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(p1.at("/geometry/coordinates/0").asDouble()).isEqualTo(120.61);
        assertThat(p1.at("/geometry/coordinates/1").asDouble()).isEqualTo(27.81);
        assertThat(p1.at("/properties/name").asText()).isEqualTo("巡逻员P1");
        assertThat(p1.at("/properties/kind").asText()).isEqualTo("PATROLLER");
        assertThat(p1.at("/properties/status").asText()).isEqualTo("AVAILABLE");
        assertThat(p1.at("/properties/time").asText()).isEqualTo(now.minusSeconds(60).toString());
        assertThat(p1.at("/properties/speedKmh").asDouble()).isEqualTo(12.5);
        assertThat(p1.at("/properties/batteryPercent").asDouble()).isEqualTo(87);
        assertThat(live.at("/features/1/properties").has("speedKmh")).isFalse();

        assertThat(Requests.json(units.handle(Requests.get("/live", "minutes", "30"))).get("features")).hasSize(3);
        fixture.units.delete("P3");
        assertThat(Requests.json(units.handle(Requests.get("/live", "minutes", "30"))).get("features")).hasSize(2);
        assertProblem(() -> units.handle(Requests.get("/live", "minutes", "1441")), 400, "minutes");
    }

    @Test
    void aTrackIsALineStringOldestFirstWithItsTimes() throws Exception {
        Instant now = clock.instant();
        positions.ingest(List.of(Reports.at("d1", now.minusSeconds(60), 120.62, 27.8),
                Reports.at("d1", now.minusSeconds(180), 120.60, 27.8), Reports.at("d1", now.minusSeconds(120), 120.61, 27.8),
                Reports.at("d1", now.minus(Duration.ofHours(3)), 120.5, 27.8)), "rest");

        JsonNode track = Requests.json(units.handle(Requests.get("/P1/track")));

        assertThat(track.get("type").asText()).isEqualTo("Feature");
        assertThat(track.at("/geometry/type").asText()).isEqualTo("LineString");
        assertThat(track.at("/geometry/coordinates")).extracting(point -> point.get(0).asDouble())
                .containsExactly(120.60, 120.61, 120.62);
        assertThat(track.at("/properties/code").asText()).isEqualTo("P1");
        assertThat(track.at("/properties/times")).extracting(JsonNode::asText).containsExactly(
                now.minusSeconds(180).toString(), now.minusSeconds(120).toString(), now.minusSeconds(60).toString());

        JsonNode one = Requests.json(units.handle(Requests.get("/P1/track", "from", now.minus(Duration.ofHours(4)).toString(),
                "to", now.minus(Duration.ofHours(2)).toString())));
        assertThat(one.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(one.at("/geometry/coordinates/0").asDouble()).isEqualTo(120.5);
        JsonNode none = Requests.json(units.handle(Requests.get("/P2/track")));
        assertThat(none.get("geometry").isNull()).isTrue();
        assertThat(none.at("/properties/times")).isEmpty();
        JsonNode limited = Requests.json(units.handle(Requests.get("/P1/track", "limit", "2")));
        assertThat(limited.at("/properties/times")).hasSize(2);
    }

    @Test
    void trackParametersAreChecked() {
        assertProblem(() -> units.handle(Requests.get("/P9/track")), 404, "code");
        assertProblem(() -> units.handle(Requests.get("/P1/track", "from", "yesterday")), 400, "from");
        assertProblem(() -> units.handle(Requests.get("/P1/track", "from", "2026-01-02T00:00:00Z", "to",
                "2026-01-01T00:00:00Z")), 400, "from");
        assertProblem(() -> units.handle(Requests.get("/P1/track", "limit", "0")), 400, "limit");
        assertProblem(() -> units.handle(Requests.request("POST", "/P1/track", "admin", "")), 405, "method");
    }
}
