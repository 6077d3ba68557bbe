package org.gridpatrol.tracking.internal.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.ChinaCoordinateConverter;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.internal.units.TrackingFixture;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/positions} and {@code GET /api/v1/positions/stats} over the real ingest in H2GIS. */
class PositionsEndpointTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private JdbcPositions positions;
    private PositionsEndpoint endpoint;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        fixture = new TrackingFixture(store.store());
        fixture.units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", "d2")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void start() {
        PositionsConfig config = Configs.of(PositionsConfig.class, Map.of("maxBatch", 5));
        positions = new JdbcPositions(store.store(), fixture.units, new ChinaCoordinateConverter(), config);
        endpoint = new PositionsEndpoint(positions, positions, config);
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
    void storesTheGoodReportsAndListsTheOthersByIndex() throws Exception {
        Instant time = Instant.now().minusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String body = "{\"positions\":["
                + "{\"deviceId\":\"d1\",\"time\":\"" + time + "\",\"lon\":120.6,\"lat\":27.8,\"speedKmh\":30,"
                + "\"bearingDeg\":45,\"altitudeMetres\":12,\"accuracyMetres\":4,\"batteryPercent\":66},"
                + "{\"deviceId\":\"d2\",\"time\":\"yesterday\",\"lon\":120.6,\"lat\":27.8},"
                + "{\"deviceId\":\"d9\",\"lon\":120.6,\"lat\":27.8},"
                + "{\"deviceId\":\"d2\",\"time\":" + time.toEpochMilli() + ",\"lon\":120.6,\"lat\":\"north\"},"
                + "{\"deviceId\":\"d2\",\"time\":" + time.getEpochSecond() + ",\"lon\":120.605,\"lat\":27.805,"
                + "\"crs\":\"gcj02\"}]}";

        ApiResponse answer = endpoint.handle(Requests.request("POST", "", "patrol-operator", body));

        JsonNode result = Requests.json(answer);
        assertThat(result.get("accepted").asInt()).isEqualTo(2);
        assertThat(result.get("rejected")).extracting(rejection -> rejection.get("index").asInt() + ":"
                + rejection.get("field").asText()).containsExactly("1:time", "2:deviceId", "3:lat");
        assertThat(result.at("/rejected/1/deviceId").asText()).isEqualTo("d9");
        assertThat(result.at("/rejected/0/reason").asText()).contains("ISO-8601");
        assertThat(positions.latest("P1")).contains(new Position("P1", time, 120.6, 27.8, 30, 45, 12, 4, 66));
        assertThat(positions.latest("P2")).hasValueSatisfying(p2 -> {
            assertThat(p2.time()).isEqualTo(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(p2.lon()).isLessThan(120.605);
        });

        JsonNode stats = Requests.json(endpoint.handle(Requests.getAs("/stats", "dispatcher")));
        assertThat(stats.at("/channels/rest/accepted").asLong()).isEqualTo(2);
        assertThat(stats.at("/channels/rest/rejected").asLong()).isEqualTo(3);
    }

    @Test
    void aBatchOverTheMaximumIs413AndUnreadableBodiesAre400() {
        String six = "{\"positions\":[" + String.join(",", java.util.Collections.nCopies(6, "{}")) + "]}";

        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "admin", six)), 413, "positions");
        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "admin", "[1,2")), 400, "body");
        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "admin", "{\"positions\":{}}")), 400,
                "positions");
        assertProblem(() -> endpoint.handle(Requests.getAs("", "admin")), 405, "method");
        assertProblem(() -> endpoint.handle(Requests.getAs("/other", "admin")), 404, "path");
        assertThat(positions.latest("P1")).isEmpty();
    }
}
