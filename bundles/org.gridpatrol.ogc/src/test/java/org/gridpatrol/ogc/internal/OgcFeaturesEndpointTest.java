package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gridpatrol.ogc.internal.OgcClient.ROOT;
import static org.gridpatrol.ogc.internal.OgcClient.body;
import static org.gridpatrol.ogc.internal.OgcClient.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OgcFeaturesEndpointTest {

    private final OgcClient client = new OgcClient(GridFixture.units());

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void landingPageLinksToEverythingWithAbsoluteTypedLinks(String subPath) {
        ApiResponse response = client.get(subPath);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(ApiResponse.JSON);
        assertThat(links(body(response)))
                .extracting(Link::rel, Link::href, Link::type)
                .containsExactly(
                        tuple("self", ROOT, "application/json"),
                        tuple("service-desc", ROOT + "/api",
                                "application/vnd.oai.openapi+json;version=3.0"),
                        tuple("conformance", ROOT + "/conformance", "application/json"),
                        tuple("data", ROOT + "/collections", "application/json"));
    }

    @Test
    void linksFollowTheBaseUrlTheClientUsed() {
        OgcFeaturesEndpoint endpoint = OgcClient.endpoint(GridFixture.units(), java.time.Clock.systemUTC());
        ApiResponse response = endpoint.handle(new ApiRequest("GET", "", Map.of(), Map.of(),
                new byte[0], "u", Set.of(), "https://grid.example.cn:8443/"));

        assertThat(links(body(response))).extracting(Link::href)
                .allMatch(href -> href.startsWith("https://grid.example.cn:8443/ogc"));
    }

    @Test
    void conformanceDeclaresCoreGeoJsonOpenApiAndPart4() {
        assertThat(body(client.get("/conformance")).get("conformsTo")).asList().containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
                "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update");
    }

    @Test
    void collectionsListOneCollectionPerLevel() {
        List<Map<String, Object>> collections = collections(body(client.get("/collections")));

        assertThat(collections).extracting(collection -> collection.get("id"))
                .containsExactly("counties", "towns", "communities", "grids", "micro-grids");
        Map<String, Object> grids = collections.get(3);
        assertThat(grids.get("title")).isEqualTo(AdminLevel.GRID.chineseName());
        assertThat((String) grids.get("description")).contains("grid worker");
        assertThat(grids.get("itemType")).isEqualTo("feature");
        assertThat(grids.get("crs")).isEqualTo(List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        assertThat(links(grids, "items")).singleElement().satisfies(items -> {
            assertThat(items.href()).isEqualTo(ROOT + "/collections/grids/items");
            assertThat(items.type()).isEqualTo("application/geo+json");
        });
    }

    @Test
    void extentIsTheBoundingBoxOfTheLevelsUnitsAsAnArrayOfBoxes() {
        assertThat(bbox(body(client.get("/collections/towns")))).isEqualTo(List.of(List.of(120.0, 27.0, 121.0, 28.0)));
        assertThat(bbox(body(client.get("/collections/grids")))).isEqualTo(List.of(List.of(120.0, 27.0, 121.0, 27.5)));
        assertThat(bbox(body(client.get("/collections/micro-grids"))))
                .isEqualTo(List.of(List.of(120.0, 27.0, 120.1, 27.5)));
    }

    @Test
    void extentsAreComputedOncePerChangeOfTheUnits() throws Exception {
        InMemoryGridUnits units = new InMemoryGridUnits();
        units.save(List.of(GridFixture.unit(GridFixture.COUNTY, "瑞安市", AdminLevel.COUNTY, null, GridFixture.box(120, 27, 121, 28), null),
                GridFixture.unit(GridFixture.WEST_TOWN, "西镇", AdminLevel.TOWN, GridFixture.COUNTY, GridFixture.box(120, 27, 120.5, 28), null)));
        OgcFeaturesEndpoint endpoint = OgcClient.endpoint(units, java.time.Clock.systemUTC());
        OgcClient client = new OgcClient(endpoint);
        assertThat(bbox(body(client.get("/collections/towns")))).isEqualTo(List.of(List.of(120.0, 27.0, 120.5, 28.0)));

        units.save(List.of(GridFixture.unit(GridFixture.EAST_TOWN, "东镇", AdminLevel.TOWN, GridFixture.COUNTY, GridFixture.box(120.5, 27, 121, 28), null)));
        assertThat(bbox(body(client.get("/collections/towns")))).as("cached until the change event")
                .isEqualTo(List.of(List.of(120.0, 27.0, 120.5, 28.0)));
        endpoint.handleEvent(new org.osgi.service.event.Event(GridUnits.TOPIC_CHANGED, Map.of("codes", List.of(GridFixture.EAST_TOWN))));

        assertThat(bbox(body(client.get("/collections/towns")))).isEqualTo(List.of(List.of(120.0, 27.0, 121.0, 28.0)));
    }

    @Test
    void collectionWithoutUnitsHasNoExtent() throws Exception {
        InMemoryGridUnits onlyCounty = new InMemoryGridUnits();
        onlyCounty.save(List.of(GridFixture.unit(GridFixture.COUNTY, "瑞安市", AdminLevel.COUNTY, null,
                GridFixture.box(120, 27, 121, 28), null)));

        Map<String, Object> towns = body(new OgcClient(onlyCounty).get("/collections/towns"));

        assertThat(towns).doesNotContainKey("extent").containsEntry("id", "towns");
    }

    @Test
    void collectionsSerializeToTheJsonShapeGdalReads() {
        JsonNode json = new ObjectMapper().valueToTree(body(client.get("/collections")));

        JsonNode grids = json.get("collections").get(3);
        JsonNode bbox = grids.at("/extent/spatial/bbox");
        assertThat(bbox.isArray()).isTrue();
        assertThat(bbox.get(0).isArray()).isTrue();
        assertThat(bbox.get(0)).hasSize(4).allMatch(JsonNode::isNumber);
        assertThat(grids.at("/extent/spatial/crs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        assertThat(grids.has("storageCrs")).isFalse();
        JsonNode itemsLink = grids.get("links").get(1);
        assertThat(itemsLink.get("rel").asText()).isEqualTo("items");
        assertThat(itemsLink.get("type").asText()).isEqualTo("application/geo+json");
        assertThat(itemsLink.get("href").asText()).isEqualTo(ROOT + "/collections/grids/items");
        assertThat(itemsLink.get("title").isTextual()).isTrue();
    }

    @Test
    void oneCollectionIsTheSameDocumentAsInTheList() {
        Map<String, Object> listed = collections(body(client.get("/collections"))).get(1);

        assertThat(body(client.get("/collections/towns"))).isEqualTo(listed);
        assertThat(links(listed, "self")).singleElement().extracting(Link::href).isEqualTo(ROOT + "/collections/towns");
    }

    @Test
    void unknownCollectionIs404NamingIt() {
        assertThatThrownBy(() -> client.get("/collections/rivers/items"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.field()).isEqualTo("collectionId");
                    assertThat(refused.detail()).contains("rivers");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/conformance/extra", "/collections/grids/features",
        "/collections/grids/items/330381001001001/more"})
    void unknownPathsAre404(String path) {
        assertThatThrownBy(() -> client.get(path)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(404));
    }

    @Test
    void formatJsonIsAcceptedAndOthersAreRefusedNamingF() {
        assertThat(client.get("/collections?f=json").status()).isEqualTo(200);
        assertThat(client.get("/collections/grids/items?f=JSON").status()).isEqualTo(200);

        assertThatThrownBy(() -> client.get("/collections?f=html")).isInstanceOfSatisfying(ApiException.class,
                refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("f");
                });
    }

    @Test
    void writingNeedsTheEditorRoleAndOnlyItemsAreWritten() {
        assertThatThrownBy(() -> client.call("POST", "/collections/grids/items"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.detail()).contains("gis-editor");
                });
        OgcFeaturesEndpoint endpoint = OgcClient.endpoint(GridFixture.units(), java.time.Clock.systemUTC());
        for (String path : List.of("", "/conformance", "/collections", "/collections/grids")) {
            assertThatThrownBy(() -> endpoint.handle(new ApiRequest("POST", path, Map.of(), Map.of(), new byte[0],
                    "editor", Set.of("gis-editor"), OgcClient.BASE_URL))).as(path)
                    .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(405));
        }
        assertThatThrownBy(() -> client.call("OPTIONS", "/collections"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(405));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> collections(Map<String, Object> document) {
        return (List<Map<String, Object>>) document.get("collections");
    }

    @SuppressWarnings("unchecked")
    private static Object bbox(Map<String, Object> collection) {
        Map<String, Object> extent = (Map<String, Object>) collection.get("extent");
        return ((Map<String, Object>) extent.get("spatial")).get("bbox");
    }
}
