package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.gridpatrol.ogc.internal.WriteRequests.GIS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the writes refuse, on one demo store for the class (refusals save nothing, which the last check
 * confirms): 400 naming the field and, for geometry, the place; 404, 405, 413, 415.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeatureRefusalsTest {

    private static final GridUnit MICRO = DemoGrid.SharedCorner.find().unit();
    private static final String ITEM = "/collections/micro-grids/items/" + MICRO.code();
    private static final int LIMIT = 64 * 1024;

    private DemoGrid demo;
    private OgcFeaturesEndpoint endpoint;
    private ObjectNode served;

    @BeforeAll
    void seed(@TempDir Path folder) throws Exception {
        demo = new DemoGrid(TestStores.h2gis(folder));
        endpoint = new OgcFeaturesEndpoint(demo.units, demo.edits, new JacksonGeoJsonCodec(),
                Configs.of(OgcConfig.class, Map.of("maxFeatureBytes", LIMIT)));
        served = (ObjectNode) Requests.json(endpoint.handle(GIS.request("GET", ITEM, null)));
    }

    @AfterAll
    void close() {
        assertThat(demo.edits.history(MICRO.code())).as("nothing saved").hasSize(1);
        demo.close();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = ';', value = {
        "not a feature; type",
        "unknown property; properties.nmae",
        "level of another collection; properties.level",
        "another code; properties.code",
        "another id; id",
        "name not a string; properties.name",
        "blank name; properties.name",
        "no properties; properties",
        "no geometry; geometry",
        "point geometry; geometry",
        "masked phone of someone else; properties.worker_phone"})
    void aBrokenFeatureIs400NamingTheField(String mistake, String field) {
        ObjectNode feature = served.deepCopy();
        ObjectNode properties = (ObjectNode) feature.get("properties");
        Map<String, Consumer<ObjectNode>> mistakes = Map.ofEntries(
                Map.entry("not a feature", f -> f.put("type", "FeatureCollection")),
                Map.entry("unknown property", f -> properties.put("nmae", "x")),
                Map.entry("level of another collection", f -> properties.put("level", "grid")),
                Map.entry("another code", f -> properties.put("code", "330381001001001999")),
                Map.entry("another id", f -> f.put("id", "330381001001001999")),
                Map.entry("name not a string", f -> properties.put("name", 42)),
                Map.entry("blank name", f -> properties.put("name", " ")),
                Map.entry("no properties", f -> f.remove("properties")),
                Map.entry("no geometry", f -> f.putNull("geometry")),
                Map.entry("point geometry", f -> f.set("geometry",
                        FeatureBodies.tree("{\"type\": \"Point\", \"coordinates\": [120.6, 27.8]}"))),
                Map.entry("masked phone of someone else", f -> properties.put("worker_phone", "138****0000")));
        mistakes.get(mistake).accept(feature);

        ApiException refused = put(feature.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo(field);
    }

    @Test
    void anUnclosedRingIs400NamingTheGeometryAndWhere() {
        ObjectNode feature = served.deepCopy();
        ArrayNode ring = (ArrayNode) feature.at("/geometry/coordinates/0/0");
        ring.remove(ring.size() - 1);

        ApiException refused = put(feature.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).startsWith("geometry");
        assertThat(refused.detail()).contains("not closed");
        assertThat(refused.hasLocation()).isTrue();
        assertThat(refused.lon()).isEqualTo(ring.get(0).get(0).asDouble());
    }

    @Test
    void aSelfIntersectingRingIs422WithTheCrossingAsItsLocation() throws Exception {
        ObjectNode feature = served.deepCopy();
        feature.set("geometry", FeatureBodies.tree("{\"type\": \"Polygon\", \"coordinates\": [[[120.60, 27.80],"
                + " [120.61, 27.81], [120.61, 27.80], [120.60, 27.81], [120.60, 27.80]]]}"));

        ApiResponse refused = (ApiResponse) attempt(GIS.request("PUT", ITEM, feature.toString(), "If-Match", "\"1\""));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode invalid = StreamSupport.stream(Requests.json(refused).get("violations").spliterator(),
                false).filter(violation -> violation.get("kind").asText().equals("INVALID_GEOMETRY")).findFirst()
                .orElseThrow();
        assertThat(invalid.get("codes").toString()).contains(MICRO.code());
        JsonNode crossing = invalid.get("location");
        assertThat(crossing.get("type").asText()).isEqualTo("Point");
        assertThat(crossing.at("/coordinates/0").asDouble()).isCloseTo(120.605, within(1e-6));
        assertThat(crossing.at("/coordinates/1").asDouble()).isCloseTo(27.805, within(1e-6));
    }

    @Test
    void brokenJsonIs400NamingTheBodyAndTheLine() {
        ApiException refused = put("{\"type\": \"Feature\",\n \"properties\": {");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("body");
        assertThat(refused.detail()).contains("line 2");
    }

    @Test
    void aMicroGridSentToTheGridsCollectionIs400NamingTheLevel() {
        ApiException refused = (ApiException) attempt(GIS.request("POST", "/collections/grids/items",
                served.toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("properties.level");
        assertThat(refused.detail()).contains("grids").contains("micro-grid");
    }

    @Test
    void unknownCollectionsAndFeaturesAre404() {
        assertStatus(GIS.request("POST", "/collections/rivers/items", served.toString()), 404, "collectionId");
        assertStatus(GIS.request("PUT", "/collections/micro-grids/items/330381999999999999", served.toString(),
                "If-Match", "\"1\""), 404, "featureId");
        assertStatus(GIS.request("DELETE", "/collections/grids/items/" + MICRO.code(), null, "If-Match", "\"1\""),
                404, "featureId");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnythingElse() {
        String huge = "{\"type\": \"Feature\", \"pad\": \"" + "x".repeat(LIMIT) + "\"}";

        assertStatus(GIS.request("PUT", ITEM, huge), 413, "body");
        assertStatus(GIS.request("POST", "/collections/micro-grids/items", huge), 413, "body");
    }

    @Test
    void otherMediaTypesAre415() {
        assertStatus(GIS.request("PATCH", ITEM, "[{\"op\": \"remove\", \"path\": \"/properties/name\"}]",
                "If-Match", "\"1\"", "Content-Type", "application/json-patch+json"), 415, "Content-Type");
        assertStatus(GIS.request("PUT", ITEM, served.toString(), "If-Match", "\"1\"", "Content-Type", "text/plain"),
                415, "Content-Type");
    }

    @Test
    void malformedHeadersAndParametersAre400NamingThem() {
        assertStatus(GIS.request("PUT", ITEM, served.toString(), "If-Match", "1"), 400, "If-Match");
        assertStatus(GIS.request("PUT", ITEM, served.toString(), "If-Match", "\"1\"", "X-Gridpatrol-Comment",
                "50%zz"), 400, "X-Gridpatrol-Comment");
        assertStatus(GIS.request("PUT", ITEM + "?comit=typo", served.toString(), "If-Match", "\"1\""), 400, "comit");
    }

    @Test
    void methodsGoToTheirResource() {
        assertStatus(GIS.request("POST", ITEM, served.toString()), 405, "method");
        assertStatus(GIS.request("PUT", "/collections/micro-grids/items", served.toString()), 405, "method");
    }

    private ApiException put(String body) {
        return (ApiException) attempt(GIS.request("PUT", ITEM, body, "If-Match", "\"1\""));
    }

    private void assertStatus(ApiRequest request, int status, String field) {
        Object refused = attempt(request);
        assertThat(refused).as(request.method() + " " + request.subPath()).isInstanceOf(ApiException.class);
        assertThat(((ApiException) refused).status()).isEqualTo(status);
        assertThat(((ApiException) refused).field()).isEqualTo(field);
    }

    /** The ApiException thrown, or the response when it was answered (a refusal with a body of its own). */
    private Object attempt(ApiRequest request) {
        ApiException thrown = catchThrowableOfType(() -> endpoint.handle(request), ApiException.class);
        return thrown != null ? thrown : endpoint.handle(request);
    }
}
