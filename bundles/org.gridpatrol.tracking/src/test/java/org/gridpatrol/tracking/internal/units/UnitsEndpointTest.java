package org.gridpatrol.tracking.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.FenceMembership;
import org.gridpatrol.tracking.api.UnitStatus;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units endpoint over the real register in H2GIS, called as the web bundle calls it. */
class UnitsEndpointTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private JdbcPatrolUnits units;
    private UnitsEndpoint endpoint;

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
    void twoUnits() throws Exception {
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM patrol_unit");
        }
        units = new JdbcPatrolUnits(store.store(), fixture.grids, fixture.events);
        units.save(List.of(TrackingFixture.unit("P1", "d1"),
                TrackingFixture.unit("P2", "d2").withStatus(UnitStatus.OFF_DUTY)));
        endpoint = new UnitsEndpoint(units);
    }

    private static void assertProblem(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    @Test
    void listsUnitsWithPhonesMaskedUnlessAdminOrDispatcher() throws Exception {
        JsonNode asWorker = Requests.json(endpoint.handle(Requests.getAs("", "grid-worker")));
        JsonNode asDispatcher = Requests.json(endpoint.handle(Requests.getAs("", "dispatcher")));

        assertThat(asWorker.at("/units/0/code").asText()).isEqualTo("P1");
        assertThat(asWorker.at("/units/0/phone").asText()).isEqualTo("138****5678");
        assertThat(asWorker.at("/units/0/deviceId").asText()).isEqualTo("d1");
        assertThat(asWorker.at("/units/0/homeGridCode").asText()).isEqualTo(TrackingFixture.TOWN);
        assertThat(asDispatcher.at("/units/0/phone").asText()).isEqualTo("13812345678");
        assertThat(Requests.json(endpoint.handle(Requests.get("", "status", "off_duty"))).at("/units"))
                .extracting(unit -> unit.get("code").asText()).containsExactly("P2");
        assertProblem(() -> endpoint.handle(Requests.get("", "kind", "TANK")), 400, "kind");
    }

    @Test
    void readsOneUnitAndAnswers404ForOthers() throws Exception {
        JsonNode unit = Requests.json(endpoint.handle(Requests.get("/P1")));

        assertThat(unit.get("kind").asText()).isEqualTo("PATROLLER");
        assertThat(unit.get("phone").asText()).isEqualTo("138****5678");
        assertProblem(() -> endpoint.handle(Requests.get("/P9")), 404, "code");
        assertProblem(() -> endpoint.handle(Requests.get("/P1/nothing")), 404, "path");
    }

    @Test
    void dispatchersPutAUnitWithTheCodeFromThePath() throws Exception {
        String body = "{\"name\":\"王五\",\"kind\":\"vehicle\",\"team\":\"B\",\"deviceId\":\"d7\",\"status\":\"BUSY\","
                + "\"phone\":\"13900001111\"}";

        ApiResponse answer = endpoint.handle(Requests.request("PUT", "/V7", "dispatcher", body));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Requests.json(answer).get("phone").asText()).isEqualTo("13900001111");
        assertThat(units.find("V7")).hasValueSatisfying(unit -> assertThat(unit.deviceId()).isEqualTo("d7"));
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V7", "patrol-operator", body)), 403, "role");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V8", "admin", "{\"code\":\"X\",\"kind\":\"DRONE\","
                + "\"deviceId\":\"d8\"}")), 400, "code");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V8", "admin", "{\"kind\":\"DRONE\"}")), 400,
                "deviceId");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V8", "admin", "{\"kind\":\"DRONE\","
                + "\"deviceId\":\"d1\"}")), 400, "deviceId");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V8", "admin", "{\"kind\":\"DRONE\","
                + "\"deviceId\":\"d8\",\"colour\":\"red\"}")), 400, "colour");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/V8", "admin", "not json")), 400, "body");
    }

    @Test
    void adminsPostABatchWhichIsStoredWholeOrNotAtAll() throws Exception {
        String good = "{\"code\":\"N1\",\"kind\":\"PATROLLER\",\"deviceId\":\"n1\"}";
        String clash = "{\"code\":\"N2\",\"kind\":\"PATROLLER\",\"deviceId\":\"d2\"}";

        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "admin", "{\"units\":[" + good + "," + clash
                + "]}")), 400, "units[1].deviceId");
        assertThat(units.find("N1")).isEmpty();
        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "dispatcher", "{\"units\":[]}")), 403, "role");
        assertProblem(() -> endpoint.handle(Requests.request("POST", "", "admin", "{\"units\":[{\"code\":\"N3\","
                + "\"deviceId\":\"n3\"}]}")), 400, "units[0].kind");

        ApiResponse saved = endpoint.handle(Requests.request("POST", "", "admin", "{\"units\":[" + good + "]}"));
        assertThat(Requests.json(saved).get("saved").asInt()).isEqualTo(1);
        assertThat(units.find("N1")).hasValueSatisfying(unit -> assertThat(unit.status()).isEqualTo(UnitStatus.OFF_DUTY));
    }

    @Test
    void patrolOperatorsSetTheStatusAndAdminsDelete() throws Exception {
        ApiResponse changed = endpoint.handle(Requests.request("PUT", "/P2/status", "patrol-operator",
                "{\"status\":\"busy\"}"));

        assertThat(Requests.json(changed).get("status").asText()).isEqualTo("BUSY");
        assertThat(units.find("P2")).hasValueSatisfying(unit -> assertThat(unit.status()).isEqualTo(UnitStatus.BUSY));
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/P2/status", "grid-worker", "{\"status\":\"BUSY\"}")),
                403, "role");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/P2/status", "admin", "{\"status\":\"ASLEEP\"}")),
                400, "status");
        assertProblem(() -> endpoint.handle(Requests.request("PUT", "/P9/status", "admin", "{\"status\":\"BUSY\"}")),
                404, "code");

        assertProblem(() -> endpoint.handle(Requests.request("DELETE", "/P2", "dispatcher", "")), 403, "role");
        assertThat(endpoint.handle(Requests.request("DELETE", "/P2", "admin", "")).status()).isEqualTo(204);
        assertProblem(() -> endpoint.handle(Requests.request("DELETE", "/P2", "admin", "")), 404, "code");
    }

    @Test
    void fencesOfAUnitComeFromTheFenceMembershipWhenThereIsOne() throws Exception {
        assertProblem(() -> endpoint.handle(Requests.get("/P1/fences")), 503, null);
        assertProblem(() -> endpoint.handle(Requests.get("/live")), 503, null);

        endpoint.bindMembership(new FenceMembership() {
            @Override
            public Set<String> unitsInside(String fenceId) {
                return Set.of();
            }

            @Override
            public Set<String> fencesOf(String unitCode) {
                return unitCode.equals("P1") ? Set.of("grid:330381001", "checkpoint:C1") : Set.of();
            }
        });

        JsonNode fences = Requests.json(endpoint.handle(Requests.get("/P1/fences")));
        assertThat(fences.get("unit").asText()).isEqualTo("P1");
        assertThat(fences.get("fences")).extracting(JsonNode::asText).containsExactly("checkpoint:C1", "grid:330381001");
        assertProblem(() -> endpoint.handle(Requests.get("/P9/fences")), 404, "code");
    }
}
