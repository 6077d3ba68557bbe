package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridpatrol.ogc.internal.GridFixture.EAST_COMMUNITY;
import static org.gridpatrol.ogc.internal.GridFixture.EAST_GRID;
import static org.gridpatrol.ogc.internal.GridFixture.MULTIPART_GRID;
import static org.gridpatrol.ogc.internal.GridFixture.WEST_COMMUNITY;
import static org.gridpatrol.ogc.internal.OgcClient.body;
import static org.gridpatrol.ogc.internal.OgcClient.features;
import static org.gridpatrol.ogc.internal.OgcClient.links;
import static org.gridpatrol.ogc.internal.OgcClient.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemsResourceTest {

    private final InMemoryGridUnits units = GridFixture.units();
    private final OgcClient client = new OgcClient(units);

    @Test
    void itemsAreAGeoJsonFeatureCollectionOfTheLevel() {
        ApiResponse response = client.get("/collections/grids/items");
        Map<String, Object> collection = body(response);

        assertThat(response.contentType()).isEqualTo("application/geo+json");
        assertThat(collection.get("type")).isEqualTo("FeatureCollection");
        assertThat(collection.get("timeStamp")).isEqualTo("2025-03-01T08:30:15Z");
        assertThat(collection.get("numberMatched")).isEqualTo(7L);
        assertThat(collection.get("numberReturned")).isEqualTo(7);
        assertThat(ids(response)).isEqualTo(codesOf(AdminLevel.GRID));
        Map<String, Object> first = features(response).get(0);
        GridUnit stored = units.find((String) first.get("id")).orElseThrow();
        assertThat(first.get("type")).isEqualTo("Feature");
        assertThat(first.get("geometry")).isEqualTo(stored.geometry());
        assertThat(properties(first)).containsOnlyKeys("code", "name", "level", "parent", "worker_name", "worker_phone")
                .containsEntry("code", stored.code())
                .containsEntry("name", stored.name())
                .containsEntry("level", "grid")
                .containsEntry("parent", WEST_COMMUNITY)
                .containsEntry("worker_name", stored.worker().name());
    }

    @Test
    void phonesAreOnlyEverShownMasked() {
        ApiResponse grids = client.get("/collections/grids/items");
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        features(grids).forEach(feature -> byCode.put((String) feature.get("id"), properties(feature)));

        assertThat(byCode.get(WEST_COMMUNITY + "001").get("worker_phone")).isEqualTo("138****0001");
        assertThat(byCode.get(EAST_GRID).get("worker_phone")).isEqualTo("139****1111");
        assertThat(byCode.get(MULTIPART_GRID)).containsEntry("worker_phone", null).containsEntry("worker_name", "李娜");
        assertThat(grids.body().toString()).doesNotContain(GridFixture.FIRST_GRID_PHONE, "13900001111", "0000 1111");
        assertThat(client.get("/collections/micro-grids/items").body().toString())
                .doesNotContain("13700001234", "13700005678").contains("137****1234");
        assertThat(client.get("/collections/grids/items/" + EAST_GRID).body().toString()).doesNotContain("13900001111");
    }

    @Test
    void levelsWithoutWorkersCarryTheSamePropertiesWithNulls() {
        Map<String, Object> town = features(client.get("/collections/towns/items")).get(0);

        assertThat(properties(town)).containsEntry("worker_name", null).containsEntry("worker_phone", null)
                .containsEntry("level", "town").containsEntry("parent", GridFixture.COUNTY);
    }

    @Test
    void followingNextVisitsEveryFeatureExactlyOnceInOrder() {
        List<String> seen = new ArrayList<>();
        ApiResponse page = client.get("/collections/grids/items?limit=2");
        int pages = 1;
        assertThat(links(body(page), "prev")).isEmpty();
        while (true) {
            seen.addAll(ids(page));
            assertThat(body(page).get("numberMatched")).isEqualTo(7L);
            List<Link> next = links(body(page), "next");
            if (next.isEmpty()) {
                break;
            }
            assertThat(next).singleElement().extracting(Link::type).isEqualTo("application/geo+json");
            page = client.follow(next.get(0).href());
            pages++;
        }

        assertThat(seen).isEqualTo(codesOf(AdminLevel.GRID));
        assertThat(pages).isEqualTo(4);
        assertThat(body(page).get("numberReturned")).isEqualTo(1);
    }

    @Test
    void prevLinkGoesBackOnePage() {
        ApiResponse third = client.get("/collections/grids/items?limit=2&offset=4");
        Link prev = links(body(third), "prev").get(0);

        assertThat(OgcClient.queryOf(prev.href())).containsEntry("offset", List.of("2")).containsEntry("limit", List.of("2"));
        assertThat(ids(client.follow(prev.href()))).isEqualTo(codesOf(AdminLevel.GRID).subList(2, 4));
    }

    @Test
    void pagingLinksKeepEveryOtherParameter() {
        ApiResponse first = client.get("/collections/grids/items?bbox=120.05,27.2,120.95,27.45&parent=" + WEST_COMMUNITY
                + "&limit=1&f=json&datetime=2025-01-01T00:00:00Z");
        String next = links(body(first), "next").get(0).href();

        assertThat(next).startsWith(OgcClient.ROOT + "/collections/grids/items?");
        assertThat(OgcClient.queryOf(next))
                .containsEntry("bbox", List.of("120.05,27.2,120.95,27.45"))
                .containsEntry("parent", List.of(WEST_COMMUNITY))
                .containsEntry("f", List.of("json"))
                .containsEntry("datetime", List.of("2025-01-01T00:00:00Z"))
                .containsEntry("limit", List.of("1"))
                .containsEntry("offset", List.of("1"));
        assertThat(ids(client.follow(next))).containsExactly(WEST_COMMUNITY + "002");
        assertThat(links(body(first), "self")).singleElement().extracting(Link::href).asString()
                .contains("offset=0").contains("parent=" + WEST_COMMUNITY);
    }

    @Test
    void offsetPastTheEndReturnsNoFeaturesAndNoNext() {
        Map<String, Object> page = body(client.get("/collections/grids/items?offset=50&limit=10"));

        assertThat((List<?>) page.get("features")).isEmpty();
        assertThat(page.get("numberMatched")).isEqualTo(7L);
        assertThat(links(page, "next")).isEmpty();
        assertThat(OgcClient.queryOf(links(page, "prev").get(0).href())).containsEntry("offset", List.of("40"));
    }

    @Test
    void limitDefaultsTo100AndLargerLimitsAreClampedTo10000() throws Exception {
        InMemoryGridUnits manyTowns = new InMemoryGridUnits();
        List<GridUnit> toSave = new ArrayList<>();
        toSave.add(GridFixture.unit(GridFixture.COUNTY, "县", AdminLevel.COUNTY, null, GridFixture.box(120, 27, 121, 28), null));
        for (int i = 0; i < 150; i++) {
            double west = 120 + i * 0.005;
            toSave.add(GridFixture.unit(String.format("330381%03d", i + 1), "镇" + i, AdminLevel.TOWN, GridFixture.COUNTY,
                    GridFixture.box(west, 27, west + 0.005, 28), null));
        }
        manyTowns.save(toSave);
        OgcClient manyClient = new OgcClient(manyTowns);

        Map<String, Object> byDefault = body(manyClient.get("/collections/towns/items"));
        assertThat(byDefault.get("numberReturned")).isEqualTo(100);
        assertThat(OgcClient.queryOf(links(byDefault, "next").get(0).href()))
                .containsEntry("limit", List.of("100")).containsEntry("offset", List.of("100"));

        Map<String, Object> clamped = body(manyClient.get("/collections/towns/items?limit=99999999999999"));
        assertThat(clamped.get("numberReturned")).isEqualTo(150);
        assertThat(links(clamped, "next")).isEmpty();
        assertThat(OgcClient.queryOf(links(clamped, "self").get(0).href())).containsEntry("limit", List.of("10000"));
    }

    @ParameterizedTest(name = "bbox={0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // crosses the edge between the first two strip grids: both, although neither lies inside it
        "120.05,27.2,120.15,27.3; 330381001001001 330381001001002",
        // 6 numbers: the 2D part is used
        "120.05,27.2,-10,120.15,27.3,500; 330381001001001 330381001001002",
        // touches only the far part of a two-part multipolygon
        "120.95,27.45,120.99,27.49; " + "330381002001002",
        // its west edge lies on the boundary between the two communities: both sides touch it
        "120.5,27.2,120.6,27.3; 330381001001005 330381002001001",
        // north of every grid
        "120.1,27.6,120.2,27.7; ''"})
    void bboxKeepsFeaturesIntersectingIt(String bbox, String expectedCodes) {
        List<String> expected = expectedCodes.isBlank() ? List.of() : List.of(expectedCodes.trim().split(" "));

        ApiResponse response = client.get("/collections/grids/items?bbox=" + bbox);

        assertThat(ids(response)).isEqualTo(expected);
        assertThat(body(response).get("numberMatched")).isEqualTo((long) expected.size());
    }

    @Test
    void bboxInsideAHoleDoesNotMatchTheHoledUnit() {
        assertThat(ids(client.get("/collections/micro-grids/items?bbox=120.04,27.04,120.06,27.06"))).isEmpty();
        assertThat(ids(client.get("/collections/micro-grids/items?bbox=120.01,27.04,120.06,27.06")))
                .containsExactly(GridFixture.HOLED_MICRO_GRID);
    }

    @Test
    void codeAndParentFilterExactly() {
        assertThat(ids(client.get("/collections/grids/items?code=" + EAST_GRID))).containsExactly(EAST_GRID);
        assertThat(ids(client.get("/collections/grids/items?code=33038100200100"))).isEmpty();
        assertThat(ids(client.get("/collections/grids/items?parent=" + EAST_COMMUNITY)))
                .containsExactly(EAST_GRID, MULTIPART_GRID);
        assertThat(ids(client.get("/collections/grids/items?parent=330381002"))).isEmpty();
        // a code that exists, but in another collection
        assertThat(ids(client.get("/collections/towns/items?code=" + EAST_GRID))).isEmpty();
        assertThat(ids(client.get("/collections/grids/items?parent=" + EAST_COMMUNITY + "&bbox=120.9,27.3,121,27.5")))
                .containsExactly(MULTIPART_GRID);
    }

    @Test
    void singleItemIsAFeatureWithLinks() {
        ApiResponse response = client.get("/collections/grids/items/" + MULTIPART_GRID);
        Map<String, Object> feature = body(response);

        assertThat(response.contentType()).isEqualTo("application/geo+json");
        assertThat(feature).containsEntry("type", "Feature").containsEntry("id", MULTIPART_GRID);
        assertThat(feature.get("geometry")).isEqualTo(units.find(MULTIPART_GRID).orElseThrow().geometry());
        assertThat(properties(feature)).containsEntry("parent", EAST_COMMUNITY);
        assertThat(links(feature, "self")).singleElement().extracting(Link::href)
                .isEqualTo(OgcClient.ROOT + "/collections/grids/items/" + MULTIPART_GRID);
        assertThat(links(feature, "collection")).singleElement().extracting(Link::href)
                .isEqualTo(OgcClient.ROOT + "/collections/grids");
        assertThat(links(feature, "version-history")).singleElement().extracting(Link::href)
                .isEqualTo(OgcClient.BASE_URL + "/api/v1/grid-history/" + MULTIPART_GRID);
        assertThat(response.headers()).containsEntry("ETag", "\"1\"");
    }

    @Test
    void singleItemOfAnotherCollectionOrUnknownIs404() {
        for (String path : List.of("/collections/towns/items/" + EAST_GRID, "/collections/grids/items/999")) {
            assertThatThrownBy(() -> client.get(path)).as(path).isInstanceOfSatisfying(ApiException.class, refused -> {
                assertThat(refused.status()).isEqualTo(404);
                assertThat(refused.field()).isEqualTo("featureId");
            });
        }
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = ';', value = {
        "bbox=120,27,121; bbox",
        "bbox=121,27,120,28; bbox",
        "bbox=120,28,121,27; bbox",
        "bbox=120,27,121,x; bbox",
        "bbox=120,27,,28; bbox",
        "bbox=120,27,121,95; bbox",
        "bbox=120,27,121,28,5; bbox",
        "limit=abc; limit",
        "limit=0; limit",
        "limit=-5; limit",
        "limit=2.5; limit",
        "offset=-1; offset",
        "offset=x; offset",
        "colour=red; colour",
        "limit=5&sortby=name; sortby",
        "f=html; f"})
    void badParametersAre400NamingThem(String query, String field) {
        assertThatThrownBy(() -> client.get("/collections/grids/items?" + query))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.detail()).isNotBlank();
                });
    }

    @Test
    void everyUnknownParameterIsNamed() {
        assertThatThrownBy(() -> client.get("/collections/grids/items?zoom=3&bobx=1,2,3,4"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("bobx");
                    assertThat(refused.detail()).contains("bobx", "zoom");
                });
        assertThatThrownBy(() -> client.get("/collections/grids/items/" + EAST_GRID + "?limit=3"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.field()).isEqualTo("limit"));
    }

    private List<String> codesOf(AdminLevel level) {
        return units.query(GridQuery.level(level)).units().stream().map(GridUnit::code).toList();
    }

    private static List<String> ids(ApiResponse response) {
        return features(response).stream().map(feature -> (String) feature.get("id")).toList();
    }
}
