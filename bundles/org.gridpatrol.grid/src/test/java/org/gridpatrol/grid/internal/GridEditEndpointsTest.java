package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit, history, revision and validation endpoints over the demo hierarchy in H2GIS. */
class GridEditEndpointsTest {

    private static final SharedVertex SHARED = GridEditsContract.SHARED;

    @TempDir
    Path folder;

    private TestStores.OpenStore store;
    private JdbcGridUnits units;
    private JdbcGridEdits edits;
    private GridEditsEndpoint editEndpoint;
    private GridHistoryEndpoint historyEndpoint;
    private GridRevisionsEndpoint revisionsEndpoint;

    @BeforeEach
    void seed() throws Exception {
        store = TestStores.h2gis(folder);
        RecordingEventAdmin events = new RecordingEventAdmin();
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events, GridUnitsContract.tolerance(0.05));
        units.save(GridEditsContract.DEMO);
        edits = new JdbcGridEdits(store.store(), events, TopologyRules.DEFAULTS, Clock.systemUTC());
        editEndpoint = new GridEditsEndpoint(edits, edits, new JacksonGeoJsonCodec());
        historyEndpoint = new GridHistoryEndpoint(edits);
        revisionsEndpoint = new GridRevisionsEndpoint(edits, edits);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aConsistentEditIsCreatedAndShowsInHistoryAndRevision() throws Exception {
        ApiResponse created = post(body(SHARED.movedInAll(3), 1, "move the corner"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode revision = Requests.json(created);
        long id = revision.get("id").asLong();
        assertThat(created.headers()).containsEntry("Location", "/api/v1/grid-revisions/" + id);
        assertThat(revision.get("author").asText()).isEqualTo("gis-editor-user");
        assertThat(revision.get("comment").asText()).isEqualTo("move the corner");
        assertThat(revision.at("/changes/0/kind").asText()).isEqualTo("updated");
        assertThat(revision.at("/changes/0/after/properties/version").asLong()).isEqualTo(2);
        assertThat(revision.at("/changes/0/before/geometry/type").asText()).isEqualTo("MultiPolygon");

        JsonNode history = Requests.json(historyEndpoint.handle(Requests.get("/" + SHARED.first().code())));
        assertThat(history.get("current_version").asLong()).isEqualTo(2);
        assertThat(history.get("revisions")).hasSize(2);
        assertThat(history.at("/revisions/1/id").asLong()).isEqualTo(id);
        assertThat(history.at("/revisions/1/changes/0/before/properties/version").asLong()).isEqualTo(1);

        JsonNode full = Requests.json(revisionsEndpoint.handle(Requests.get("/" + id)));
        assertThat(full.get("changes")).hasSize(SHARED.sharing().size());
        assertThat(full.at("/changes/0/after/properties/worker/phone").asText()).contains("****");
    }

    @Test
    void aStaleVersionIsA409NamingTheUnitAndItsCurrentVersion() throws Exception {
        post(body(SHARED.movedInAll(3), 1, "first"));

        ApiResponse conflict = post(body(List.of(GridEditsContract.rename(SHARED.first(), "改名")), 1, "late"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = Requests.json(conflict);
        assertThat(problem.get("code").asText()).isEqualTo(SHARED.first().code());
        assertThat(problem.get("current_version").asLong()).isEqualTo(2);
        assertThat(problem.get("base_version").asLong()).isEqualTo(1);
        assertThat(units.find(SHARED.first().code()).orElseThrow().name()).isEqualTo(SHARED.first().name());
    }

    @Test
    void aBrokenTilingIsA422WithLocatedViolationsAndNothingSaved() throws Exception {
        ApiResponse refused = post(body(List.of(SHARED.movedIn(SHARED.first(), 3)), 1, "one side only"));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode violations = Requests.json(refused).get("violations");
        assertThat(violations).isNotEmpty();
        for (JsonNode violation : violations) {
            assertThat(violation.get("kind").asText()).isIn("GAP", "OVERLAP");
            assertThat(violation.get("codes").toString()).contains(SHARED.first().code());
            assertThat(violation.get("message").asText()).isNotBlank();
            assertThat(violation.at("/location/type").asText()).isIn("Polygon", "MultiPolygon");
            assertThat(SHARED.metresFrom(new JacksonGeoJsonCodec().read(violation.get("location").toString(),
                    "location"))).isLessThan(1.0);
        }
        assertThat(edits.current(SHARED.first().code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void rollbackNeedsTheEditorRoleAndCreatesARevision() throws Exception {
        long id = Requests.json(post(body(SHARED.movedInAll(3), 1, "move"))).get("id").asLong();

        assertThatThrownBy(() -> revisionsEndpoint.handle(Requests.request("POST", "/" + id + "/rollback", "user", "")))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(403));
        ApiResponse rolledBack = revisionsEndpoint.handle(
                Requests.request("POST", "/" + id + "/rollback", "gis-editor", "{\"comment\":\"wrong corner\"}"));

        assertThat(rolledBack.status()).isEqualTo(201);
        JsonNode revision = Requests.json(rolledBack);
        assertThat(revision.get("reverted_revision").asLong()).isEqualTo(id);
        assertThat(revision.get("comment").asText()).isEqualTo("wrong corner");
        assertThat(units.find(SHARED.first().code()).orElseThrow().geometry()
                .equalsExact(SHARED.first().geometry())).isTrue();
        assertThatThrownBy(() -> revisionsEndpoint.handle(Requests.request("POST", "/999/rollback", "gis-editor", "")))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(404));
    }

    @Test
    void aVersionThatIsNoWholeNumberIsRefused() throws Exception {
        String body = body(List.of(SHARED.first()), 1, "x").replace("\"version\":1", "\"version\":\"one\"");

        assertThatThrownBy(() -> post(body)).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.field()).isEqualTo("units[0].properties.version");
        });
    }

    @Test
    void badRequestsNameTheField() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{not json", "body");
        cases.put("[]", "body");
        cases.put("{\"units\": {}}", "units");
        cases.put("{\"units\": [{\"type\":\"Feature\",\"properties\":{\"code\":\"1\",\"level\":\"galaxy\"}}]}",
                "units[0].properties.level");
        cases.put("{\"units\": [{\"type\":\"Feature\",\"properties\":{\"code\":\"330381001001001001\","
                + "\"level\":\"micro-grid\",\"name\":\"x\",\"version\":\"one\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.6,27.8]}}]}", "units[0].geometry");
        cases.put("{\"deleted\": [{\"code\": \"330381001001001001\"}]}", "deleted[0].version");
        cases.put("{\"comment\": 5, \"deleted\": []}", "comment");
        cases.put("{}", "units");
        cases.forEach((body, field) -> assertThatThrownBy(() -> post(body)).as(body)
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo(field);
                }));
        assertThat(edits.history(SHARED.first().code())).hasSize(1);
    }

    @Test
    void validationReportOfTheDemoIsClean() throws Exception {
        JsonNode report = Requests.json(new GridValidationEndpoint(edits).handle(Requests.get("")));

        assertThat(report.get("clean").asBoolean()).isTrue();
        assertThat(report.get("units").asLong()).isEqualTo(GridEditsContract.DEMO.size());
        assertThat(report.get("violations")).isEmpty();
    }

    @Test
    void aUnitAnswersWithItsVersionAsETag() throws Exception {
        UnitEndpoint unitEndpoint = new UnitEndpoint(units, new GaussKrugerMeasurement(), edits);
        post(body(SHARED.movedInAll(3), 1, "move"));

        ApiResponse answer = unitEndpoint.handle(Requests.get("/" + SHARED.first().code()));

        assertThat(answer.headers()).containsEntry("ETag", "\"2\"");
        assertThat(Requests.json(answer).get("version").asLong()).isEqualTo(2);
    }

    private ApiResponse post(String body) {
        ApiRequest request = Requests.request("POST", "", "gis-editor", body);
        return editEndpoint.handle(request);
    }

    private static String body(List<GridUnit> changed, long version, String comment) throws Exception {
        List<Map<String, Object>> features = new ArrayList<>();
        for (GridUnit unit : changed) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", unit.code());
            properties.put("name", unit.name());
            properties.put("level", unit.level().id());
            properties.put("parent", unit.parentCode());
            properties.put("worker", Map.of("name", unit.worker().name(), "phone", unit.worker().phone()));
            properties.put("version", version);
            features.add(Map.of("type", "Feature", "geometry", unit.geometry(), "properties", properties));
        }
        return Requests.toJson(Map.of("comment", comment, "units", features));
    }
}
