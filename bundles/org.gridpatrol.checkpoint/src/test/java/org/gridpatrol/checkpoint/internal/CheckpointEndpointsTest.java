package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint and shift endpoints over a real register in H2GIS, called as the web bundle calls them. */
class CheckpointEndpointsTest {

    static final String CIRCLE = "{\"name\":\"塘下镇入口卡点\",\"level\":\"TOWN\",\"shape\":\"CIRCLE\",\"lon\":120.52,"
            + "\"lat\":27.75,\"sizeMetres\":80}";
    static final String POLYGON = "{\"name\":\"小区东门\",\"level\":\"building\",\"shape\":\"POLYGON\",\"lon\":120.5602,"
            + "\"lat\":27.7502,\"outline\":{\"type\":\"Polygon\",\"coordinates\":[[[120.56,27.75],[120.5605,27.75],"
            + "[120.5605,27.7505],[120.56,27.7505],[120.56,27.75]]]}}";

    @TempDir
    static Path folder;

    private static Capability capability;
    private CheckpointsEndpoint endpoint;

    @BeforeAll
    static void open() throws Exception {
        capability = new Capability(TestStores.h2gis(folder));
    }

    @AfterAll
    static void close() {
        capability.close();
    }

    @BeforeEach
    void empty() throws Exception {
        capability.clear();
        endpoint = new CheckpointsEndpoint(capability.checkpoints, capability.roster, new JacksonGeoJsonCodec(),
                capability.clock);
    }

    private JsonNode call(String method, String subPath, String role, String body) throws Exception {
        return Requests.json(endpoint.handle(Requests.request(method, subPath, role, body)));
    }

    private void assertProblem(String method, String subPath, String role, String body, int status, String field) {
        assertThatThrownBy(() -> endpoint.handle(Requests.request(method, subPath, role, body)))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
                    assertThat(problem.field()).as(problem.detail()).isEqualTo(field);
                });
    }

    @Test
    void aGisEditorPutsACheckpointAndEveryoneReadsIt() throws Exception {
        ApiResponse put = endpoint.handle(Requests.request("PUT", "/KD-TOWN-001", "gis-editor", CIRCLE));
        JsonNode saved = Requests.json(put);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.contentType()).isEqualTo(ApiResponse.GEO_JSON);
        assertThat(saved.get("type").asText()).isEqualTo("Feature");
        assertThat(saved.get("id").asText()).isEqualTo("KD-TOWN-001");
        assertThat(saved.at("/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(saved.at("/properties/gridCode").asText()).isEqualTo(Territory.WEST_MICRO);
        assertThat(saved.at("/properties/outline").isNull()).isTrue();

        JsonNode read = Requests.json(endpoint.handle(Requests.getAs("/KD-TOWN-001", "grid-worker")));
        assertThat(read.at("/properties/name").asText()).isEqualTo("塘下镇入口卡点");
        assertThat(read.at("/properties/level").asText()).isEqualTo("TOWN");
        assertThat(read.at("/properties/sizeMetres").asDouble()).isEqualTo(80);
        assertThat(read.at("/properties/staffing/staffed").asBoolean()).isTrue();

        // What GET answers can be put back.
        JsonNode again = call("PUT", "/KD-TOWN-001", "admin", read.toString());
        assertThat(again.at("/properties/sizeMetres").asDouble()).isEqualTo(80);
    }

    @Test
    void theListIsAFeatureCollectionWithStaffing() throws Exception {
        call("PUT", "/KD-TOWN-001", "admin", CIRCLE);
        call("PUT", "/KD-B-001", "admin", POLYGON);
        capability.roster.addShift("KD-TOWN-001", "P-001", Capability.START, Capability.START.plus(Duration.ofHours(8)));
        capability.roster.addShift("KD-TOWN-001", "P-002", Capability.START, Capability.START.plus(Duration.ofHours(8)));
        capability.membership.set("checkpoint:KD-TOWN-001", "P-002");
        capability.clock.advance(Duration.ofHours(1));

        JsonNode all = Requests.json(endpoint.handle(Requests.get("")));
        assertThat(all.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(all.get("features")).extracting(feature -> feature.get("id").asText())
                .containsExactly("KD-B-001", "KD-TOWN-001");
        JsonNode staffing = all.at("/features/1/properties/staffing");
        assertThat(staffing.get("rostered")).extracting(JsonNode::asText).containsExactly("P-001", "P-002");
        assertThat(staffing.get("present")).extracting(JsonNode::asText).containsExactly("P-002");
        assertThat(staffing.get("staffed").asBoolean()).isTrue();
        assertThat(all.at("/features/0/properties/staffing/rostered")).isEmpty();

        JsonNode buildings = Requests.json(endpoint.handle(Requests.get("", "level", "BUILDING")));
        assertThat(buildings.get("features")).hasSize(1);
        assertThat(buildings.at("/features/0/properties/lon").asDouble()).isCloseTo(120.5602, within(1e-9));
        JsonNode one = Requests.json(endpoint.handle(Requests.get("/KD-B-001")));
        assertThat(one.at("/properties/outline/type").asText()).isEqualTo("Polygon");
        assertProblem("POST", "", "admin", CIRCLE, 405, "method");
        assertThatThrownBy(() -> endpoint.handle(Requests.get("", "level", "CITY")))
                .isInstanceOfSatisfying(ApiException.class, problem -> assertThat(problem.field()).isEqualTo("level"));
    }

    @Test
    void badGeometryIsRefusedWithItsPlace() {
        String bowTie = "{\"name\":\"坏\",\"level\":\"BUILDING\",\"shape\":\"POLYGON\",\"lon\":120.5205,\"lat\":27.7505,"
                + "\"outline\":{\"type\":\"Polygon\",\"coordinates\":[[[120.52,27.75],[120.521,27.751],[120.521,27.75],"
                + "[120.52,27.751],[120.52,27.75]]]}}";
        assertThatThrownBy(() -> endpoint.handle(Requests.request("PUT", "/KD-BAD", "admin", bowTie)))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("outline");
                    assertThat(problem.hasLocation()).isTrue();
                    assertThat(problem.lon()).isCloseTo(120.5205, within(1e-6));
                });
        String unclosed = POLYGON.replace("[120.56,27.7505],[120.56,27.75]]", "[120.56,27.7505]]");
        assertThatThrownBy(() -> endpoint.handle(Requests.request("PUT", "/KD-BAD", "admin", unclosed)))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("outline");
                });
        assertProblem("PUT", "/KD-BAD", "admin", CIRCLE.replace("80", "0"), 400, "sizeMetres");
        assertProblem("PUT", "/KD-BAD", "admin", CIRCLE.replace("\"TOWN\"", "\"CITY\""), 400, "level");
        assertProblem("PUT", "/KD-BAD", "admin", CIRCLE.replace("\"lat\":27.75,", ""), 400, "lat");
        assertProblem("PUT", "/KD-BAD", "admin", CIRCLE.replace("{", "{\"colour\":1,"), 400, "colour");
        assertProblem("PUT", "/KD-BAD", "admin", CIRCLE.replace("{", "{\"code\":\"OTHER\","), 400, "code");
        assertProblem("PUT", "/KD-BAD", "admin", "not json", 400, "body");
        assertThat(capability.checkpoints.count()).isZero();
    }

    @Test
    void writesNeedTheirRoles() throws Exception {
        assertProblem("PUT", "/KD-1", "dispatcher", CIRCLE, 403, "role");
        call("PUT", "/KD-1", "gis-editor", CIRCLE);
        assertProblem("DELETE", "/KD-1", "gis-editor", "", 403, "role");
        assertThat(endpoint.handle(Requests.request("DELETE", "/KD-1", "admin", "")).status()).isEqualTo(204);
        assertProblem("DELETE", "/KD-1", "admin", "", 404, "code");
        assertProblem("GET", "/KD-1", "admin", "", 404, "code");
        assertProblem("GET", "/KD-1/photos", "admin", "", 404, "path");
    }

    @Test
    void dispatchersRosterUnits() throws Exception {
        call("PUT", "/KD-1", "admin", CIRCLE);
        String shift = "{\"unitCode\":\"P-001\",\"start\":\"2026-11-22T00:00:00Z\",\"end\":\"2026-11-22T08:00:00Z\"}";

        ApiResponse created = endpoint.handle(Requests.request("POST", "/KD-1/shifts", "dispatcher", shift));
        JsonNode body = Requests.json(created);
        assertThat(created.status()).isEqualTo(201);
        assertThat(body.get("checkpointCode").asText()).isEqualTo("KD-1");
        assertThat(body.get("unitCode").asText()).isEqualTo("P-001");
        assertThat(body.get("end").asText()).isEqualTo("2026-11-22T08:00:00Z");
        long id = body.get("id").asLong();

        JsonNode listed = Requests.json(endpoint.handle(Requests.get("/KD-1/shifts", "from", "2026-11-22T07:00:00Z",
                "to", "2026-11-22T09:00:00Z")));
        assertThat(listed.get("shifts")).extracting(node -> node.get("id").asLong()).containsExactly(id);
        assertThat(Requests.json(endpoint.handle(Requests.get("/KD-1/shifts", "from", "2026-11-22T08:00:00Z",
                "to", "2026-11-22T09:00:00Z"))).get("shifts")).isEmpty();

        assertProblem("POST", "/KD-1/shifts", "checkpoint-officer", shift, 403, "role");
        assertProblem("POST", "/KD-1/shifts", "dispatcher", shift.replace("P-001", "P-404"), 400, "unitCode");
        assertProblem("POST", "/KD-1/shifts", "dispatcher", shift.replace("08:00", "-1:00"), 400, "end");
        assertProblem("POST", "/KD-9/shifts", "dispatcher", shift, 404, "code");
        assertProblem("PUT", "/KD-1/shifts", "admin", shift, 405, "method");
        assertThat(endpoint.handle(Requests.request("DELETE", "/KD-1/shifts/" + id, "dispatcher", "")).status())
                .isEqualTo(204);
        assertProblem("DELETE", "/KD-1/shifts/" + id, "dispatcher", "", 404, "id");
        assertProblem("DELETE", "/KD-1/shifts/abc", "dispatcher", "", 404, "id");
    }
}
