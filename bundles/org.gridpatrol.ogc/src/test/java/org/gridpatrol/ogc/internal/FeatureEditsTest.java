package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridpatrol.ogc.internal.WriteRequests.ADMIN;
import static org.gridpatrol.ogc.internal.WriteRequests.GIS;
import static org.gridpatrol.ogc.internal.WriteRequests.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** OGC API Features Part 4 over the demo hierarchy in H2GIS, through the real edit service of the grid bundle. */
class FeatureEditsTest {

    private static final DemoGrid.SharedCorner CORNER = DemoGrid.SharedCorner.find();
    private static final GridUnit MICRO = CORNER.unit();
    private static final String ITEM = "/collections/micro-grids/items/" + MICRO.code();

    @TempDir
    Path folder;

    private DemoGrid demo;
    private OgcFeaturesEndpoint endpoint;

    @BeforeEach
    void seed() throws Exception {
        demo = new DemoGrid(TestStores.h2gis(folder));
        endpoint = new OgcFeaturesEndpoint(demo.units, demo.edits, new JacksonGeoJsonCodec(),
                Configs.of(OgcConfig.class, Map.of()));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aFeatureAnswersItsVersionAsAStrongEtag() {
        ApiResponse read = endpoint.handle(VIEWER.request("GET", ITEM, null));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers()).containsEntry("ETag", "\"1\"");
        ApiResponse unchanged = endpoint.handle(VIEWER.request("GET", ITEM, null, "If-None-Match", "\"1\""));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isNull();
        assertThat(endpoint.handle(VIEWER.request("GET", ITEM, null, "If-None-Match", "\"7\"")).status())
                .isEqualTo(200);
    }

    @Test
    void putOfTheFeatureAsReadWithANewNameIsOneRevisionByTheUserWithTheComment() throws Exception {
        ObjectNode feature = read(ITEM);
        ((ObjectNode) feature.get("properties")).put("name", "东山新村一号微网格");
        String comment = URLEncoder.encode("按街道调整更名", StandardCharsets.UTF_8);

        ApiResponse saved = endpoint.handle(GIS.request("PUT", ITEM, feature.toString(),
                "If-Match", "\"1\"", "X-Gridpatrol-Comment", comment));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.headers()).containsEntry("ETag", "\"2\"").containsKey("X-Gridpatrol-Revision");
        assertThat(Requests.json(saved).at("/properties/name").asText()).isEqualTo("东山新村一号微网格");
        Revision revision = lastRevision(MICRO.code());
        assertThat(revision.id()).isEqualTo(Long.parseLong(saved.headers().get("X-Gridpatrol-Revision")));
        assertThat(revision.author()).isEqualTo("gis");
        assertThat(revision.comment()).isEqualTo("按街道调整更名");
        assertThat(revision.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(UnitChange.Kind.UPDATED);
            assertThat(change.versionBefore()).isEqualTo(1);
            assertThat(change.before().name()).isEqualTo(MICRO.name());
            assertThat(change.after().name()).isEqualTo("东山新村一号微网格");
        });
        GridUnit stored = demo.edits.current(MICRO.code()).orElseThrow().unit();
        assertThat(stored.worker()).as("the masked phone sent back keeps the stored number").isEqualTo(MICRO.worker());
        assertThat(stored.geometry().equalsExact(MICRO.geometry())).isTrue();
        assertThat(endpoint.handle(VIEWER.request("GET", ITEM, null)).headers()).containsEntry("ETag", "\"2\"");
    }

    @Test
    void aGeometryWithinTheServedPrecisionKeepsTheStoredCoordinates() throws Exception {
        ObjectNode feature = read(ITEM);
        MultiPolygon jittered = (MultiPolygon) MICRO.geometry().copy();
        jittered.apply((CoordinateFilter) c -> c.x += 3e-9); // what a client's own rounding may do
        feature.set("geometry", FeatureBodies.tree(new JacksonGeoJsonCodec().write(jittered)));
        ((ObjectNode) feature.get("properties")).put("name", "改名");

        endpoint.handle(GIS.request("PUT", ITEM, feature.toString(), "If-Match", "\"1\""));

        UnitChange change = lastRevision(MICRO.code()).changes().get(0);
        assertThat(change.after().geometry().equalsExact(MICRO.geometry())).isTrue();
    }

    @Test
    void putOfTheFeatureExactlyAsReadChangesNothingAndMakesNoRevision() throws Exception {
        ApiResponse saved = endpoint.handle(GIS.request("PUT", ITEM, read(ITEM).toString(), "If-Match", "\"1\""));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.headers()).containsEntry("ETag", "\"1\"").doesNotContainKey("X-Gridpatrol-Revision");
        assertThat(demo.edits.history(MICRO.code())).hasSize(1);
    }

    @Test
    void patchMergesTheGivenMembersAndKeepsTheRest() throws Exception {
        ApiResponse saved = endpoint.handle(GIS.request("PATCH", ITEM + "?comment=" + URLEncoder.encode("换网格员",
                StandardCharsets.UTF_8), "{\"properties\": {\"worker_name\": \"陈静\", \"worker_phone\": \"13912345678\"}}",
                "If-Match", "\"1\"", "Content-Type", FeatureBodies.MERGE_PATCH));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.headers()).containsEntry("ETag", "\"2\"");
        assertThat(Requests.json(saved).at("/properties/worker_phone").asText()).isEqualTo("139****5678");
        GridUnit stored = demo.edits.current(MICRO.code()).orElseThrow().unit();
        assertThat(stored.worker().name()).isEqualTo("陈静");
        assertThat(stored.worker().phone()).isEqualTo("13912345678");
        assertThat(stored.name()).isEqualTo(MICRO.name());
        assertThat(stored.parentCode()).isEqualTo(MICRO.parentCode());
        assertThat(stored.geometry().equalsExact(MICRO.geometry())).isTrue();
        assertThat(lastRevision(MICRO.code()).comment()).isEqualTo("换网格员");

        endpoint.handle(GIS.request("PATCH", ITEM, "{\"properties\": {\"worker_phone\": null}}", "If-Match", "\"2\""));
        assertThat(demo.edits.current(MICRO.code()).orElseThrow().unit().worker().phone()).isNull();
        assertThat(lastRevision(MICRO.code()).comment()).isEqualTo(FeatureEdits.DEFAULT_COMMENT);
    }

    @Test
    void patchOfTheGeometryWithAVertexAddedOnAnEdgeKeepsTheTilingAndIsSaved() throws Exception {
        MultiPolygon withMidpoint = withVertexOnFirstEdge(MICRO.geometry());
        String patch = "{\"geometry\": " + new JacksonGeoJsonCodec().write(withMidpoint) + "}";

        ApiResponse saved = endpoint.handle(GIS.request("PATCH", ITEM, patch, "If-Match", "\"1\""));

        assertThat(saved.status()).isEqualTo(200);
        GridUnit stored = demo.edits.current(MICRO.code()).orElseThrow().unit();
        assertThat(stored.geometry().getNumPoints()).isEqualTo(MICRO.geometry().getNumPoints() + 1);
        assertThat(stored.geometry().symDifference(MICRO.geometry()).getArea()).as("the same shape").isLessThan(1e-14);
        assertThat(stored.name()).isEqualTo(MICRO.name());
    }

    @Test
    void aCountyIsCreatedAndDeletedWithHistory() throws Exception {
        String county = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[100.0, 30.0], [100.1, 30.0], [100.1, 30.1], [100.0, 30.1], [100.0, 30.0]]]},"
                + " \"properties\": {\"code\": \"330399\", \"name\": \"试验县\"}}";

        ApiResponse created = endpoint.handle(GIS.request("POST", "/collections/counties/items", county,
                "Content-Type", "application/geo+json"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers()).containsEntry("Location", OgcClient.ROOT + "/collections/counties/items/330399")
                .containsEntry("ETag", "\"1\"");
        assertThat(endpoint.handle(VIEWER.request("GET", "/collections/counties/items/330399", null)).headers())
                .containsEntry("ETag", "\"1\"");

        ApiResponse deleted = endpoint.handle(ADMIN.request("DELETE", "/collections/counties/items/330399", null,
                "If-Match", "\"1\""));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isNull();
        assertThat(demo.edits.current("330399")).isEmpty();
        assertThatThrownBy(() -> endpoint.handle(VIEWER.request("GET", "/collections/counties/items/330399", null)))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(404));
        List<Revision> history = demo.edits.history("330399");
        assertThat(history).extracting(Revision::author).containsExactly("gis", "admin");
        assertThat(history).extracting(Revision::comment).containsOnly(FeatureEdits.DEFAULT_COMMENT);
        assertThat(history).extracting(revision -> revision.changes().get(0).kind())
                .containsExactly(UnitChange.Kind.CREATED, UnitChange.Kind.DELETED);
    }

    @Test
    void creatingACodeThatExistsIs409NamingItsVersion() throws Exception {
        ObjectNode feature = read(ITEM);

        ApiResponse refused = endpoint.handle(GIS.request("POST", "/collections/micro-grids/items", feature.toString()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problem(refused)).containsEntry("code", MICRO.code()).containsEntry("current_version", 1L);
    }

    @Test
    void aStaleIfMatchIs412NamingTheCurrentVersionAndSavesNothing() throws Exception {
        ObjectNode feature = read(ITEM);
        endpoint.handle(GIS.request("PATCH", ITEM, "{\"properties\": {\"name\": \"先到\"}}", "If-Match", "\"1\""));
        ((ObjectNode) feature.get("properties")).put("name", "后到");

        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            ApiResponse refused = endpoint.handle(GIS.request(method, ITEM, feature.toString(), "If-Match", "\"1\""));

            assertThat(refused.status()).as(method).isEqualTo(412);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.headers()).containsEntry("ETag", "\"2\"");
            assertThat(problem(refused)).containsEntry("title", "Precondition Failed")
                    .containsEntry("field", "If-Match").containsEntry("current_version", 2L);
            assertThat((String) problem(refused).get("detail")).contains("\"2\"");
        }
        VersionedUnit current = demo.edits.current(MICRO.code()).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.unit().name()).isEqualTo("先到");
    }

    @Test
    void aChangeWithoutIfMatchIs428NamingTheHeader() throws Exception {
        String feature = read(ITEM).toString();
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            for (String[] headers : List.of(new String[0], new String[] {"If-Match", "*"})) {
                ApiResponse refused = endpoint.handle(GIS.request(method, ITEM, feature, headers));

                assertThat(refused.status()).as(method).isEqualTo(428);
                assertThat(problem(refused)).containsEntry("title", "Precondition Required")
                        .containsEntry("field", "If-Match");
            }
        }
        assertThat(demo.edits.history(MICRO.code())).hasSize(1);
    }

    @Test
    void movingASharedVertexInOneMicroGridOnlyIs422WithTheViolationsWhereTheyAre() throws Exception {
        String patch = "{\"geometry\": " + new JacksonGeoJsonCodec().write(CORNER.moved(3)) + "}";

        ApiResponse refused = endpoint.handle(GIS.request("PATCH", ITEM, patch, "If-Match", "\"1\""));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode violations = Requests.json(refused).get("violations");
        assertThat(violations).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.get("kind").asText()).isIn("GAP", "OVERLAP");
            assertThat(violation.get("codes").toString()).contains(MICRO.code());
            assertThat(violation.at("/location/type").asText()).isNotEmpty();
            assertThat(CORNER.metresFrom(new JacksonGeoJsonCodec().read(violation.get("location").toString(), "l")))
                    .isLessThan(1.0);
        });
        assertThat(demo.edits.current(MICRO.code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void writesNeedTheEditorRoleAndReadsDoNot() throws Exception {
        String feature = read(ITEM).toString();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            String path = method.equals("POST") ? "/collections/micro-grids/items" : ITEM;
            assertThatThrownBy(() -> endpoint.handle(VIEWER.request(method, path, feature, "If-Match", "\"1\"")))
                    .as(method).isInstanceOfSatisfying(ApiException.class, refused -> {
                        assertThat(refused.status()).isEqualTo(403);
                        assertThat(refused.field()).isEqualTo("role");
                    });
        }
        assertThat(demo.edits.history(MICRO.code())).hasSize(1);
        assertThat(endpoint.handle(ADMIN.request("PATCH", ITEM, "{\"properties\": {\"name\": \"管理员改\"}}",
                "If-Match", "\"1\"")).status()).isEqualTo(200);
    }

    private ObjectNode read(String item) throws Exception {
        return (ObjectNode) Requests.json(endpoint.handle(GIS.request("GET", item, null)));
    }

    private Revision lastRevision(String code) {
        List<Revision> history = demo.edits.history(code);
        return history.get(history.size() - 1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> problem(ApiResponse response) {
        return (Map<String, Object>) response.body();
    }

    /** The midpoint of the first edge of the first outer ring added as a vertex: the same shape, one point more. */
    private static MultiPolygon withVertexOnFirstEdge(MultiPolygon geometry) {
        GeometryFactory factory = geometry.getFactory();
        Polygon[] parts = new Polygon[geometry.getNumGeometries()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = (Polygon) geometry.getGeometryN(i);
        }
        Coordinate[] outer = parts[0].getExteriorRing().getCoordinates();
        Coordinate[] longer = new Coordinate[outer.length + 1];
        longer[0] = outer[0];
        longer[1] = new Coordinate((outer[0].x + outer[1].x) / 2, (outer[0].y + outer[1].y) / 2);
        System.arraycopy(outer, 1, longer, 2, outer.length - 1);
        LinearRing[] holes = new LinearRing[parts[0].getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = parts[0].getInteriorRingN(i);
        }
        parts[0] = factory.createPolygon(factory.createLinearRing(longer), holes);
        return factory.createMultiPolygon(parts);
    }
}
