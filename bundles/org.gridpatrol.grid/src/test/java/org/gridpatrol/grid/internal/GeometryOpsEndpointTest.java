package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.Test;

/** Split and merge for the browser editor, on small squares in lon/lat. */
class GeometryOpsEndpointTest {

    private static final String SQUARE = polygon(120, 27, 120.01, 27.01);
    private static final String EAST_SQUARE = polygon(120.01, 27, 120.02, 27.01);

    private final GeometryOpsEndpoint endpoint = new GeometryOpsEndpoint(new JacksonGeoJsonCodec());

    @Test
    void aLineAcrossSplitsIntoTwoPiecesThatAddUpToTheWhole() throws Exception {
        JsonNode answer = post("split", "{\"geometry\":" + SQUARE + ",\"line\":"
                + line(119.999, 27.004, 120.011, 27.004) + "}");

        JsonNode polygons = answer.get("polygons");
        assertThat(polygons).hasSize(2);
        double total = 0;
        for (JsonNode piece : polygons) {
            assertThat(piece.get("type").asText()).isEqualTo("Polygon");
            total += area(piece);
        }
        assertThat(total).isCloseTo(0.0001, within(1e-12));
        assertThat(area(polygons.get(0))).isCloseTo(0.00006, within(1e-12)); // largest first
    }

    @Test
    void aLineEndingExactlyOnTheBoundaryAlsoSplits() throws Exception {
        JsonNode answer = post("split", "{\"geometry\":" + SQUARE + ",\"line\":"
                + line(120.005, 27, 120.005, 27.01) + "}");

        assertThat(answer.get("polygons")).hasSize(2);
    }

    @Test
    void aLineThatStopsInsideIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> post("split", "{\"geometry\":" + SQUARE + ",\"line\":"
                + line(119.999, 27.004, 120.005, 27.004) + "}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("line");
                    assertThat(refused.hasLocation()).isTrue();
                    assertThat(refused.lon()).isBetween(119.999, 120.005);
                });
    }

    @Test
    void neighboursMergeIntoOnePolygon() throws Exception {
        JsonNode answer = post("merge", "{\"geometries\":[" + SQUARE + "," + EAST_SQUARE + "]}");

        assertThat(answer.at("/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(area(answer.get("geometry"))).isCloseTo(0.0002, within(1e-12));
    }

    @Test
    void polygonsTouchingAtACornerOnlyAreNotMerged() {
        String diagonal = polygon(120.01, 27.01, 120.02, 27.02);

        assertThatThrownBy(() -> post("merge", "{\"geometries\":[" + SQUARE + "," + diagonal + "]}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("geometries");
                    assertThat(refused.lon()).isCloseTo(120.01, within(1e-9));
                });
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> post("split", "{\"geometry\":" + SQUARE + "}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.field()).isEqualTo("line"));
        assertThatThrownBy(() -> post("split", "{\"geometry\":" + line(120, 27, 121, 28) + ",\"line\":"
                + line(120, 27, 121, 28) + "}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.field())
                        .isEqualTo("geometry"));
        assertThatThrownBy(() -> post("merge", "{\"geometries\":[" + SQUARE + "]}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.field())
                        .isEqualTo("geometries"));
        assertThatThrownBy(() -> post("merge", "{broken"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.field()).isEqualTo("body"));
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[120,27],[120.01,27.01],[120.01,27],[120,27.01],[120,27]]]}";
        assertThatThrownBy(() -> post("split", "{\"geometry\":" + bowTie + ",\"line\":" + line(120, 27, 121, 28) + "}"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("geometry");
                });
    }

    @Test
    void onlyPostOnKnownOperations() {
        assertThatThrownBy(() -> endpoint.handle(Requests.request("GET", "/split", "gis-editor", "")))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(405));
        assertThatThrownBy(() -> endpoint.handle(Requests.request("POST", "/explode", "gis-editor", "{}")))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(404));
    }

    private JsonNode post(String operation, String body) throws Exception {
        ApiResponse response = endpoint.handle(Requests.request("POST", "/" + operation, "gis-editor", body));
        assertThat(response.status()).isEqualTo(200);
        return Requests.json(response);
    }

    private static String polygon(double minLon, double minLat, double maxLon, double maxLat) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + minLon + "," + minLat + "],[" + maxLon + "," + minLat
                + "],[" + maxLon + "," + maxLat + "],[" + minLon + "," + maxLat + "],[" + minLon + "," + minLat + "]]]}";
    }

    private static String line(double lon1, double lat1, double lon2, double lat2) {
        return "{\"type\":\"LineString\",\"coordinates\":[[" + lon1 + "," + lat1 + "],[" + lon2 + "," + lat2 + "]]}";
    }

    /** Shoelace area of the exterior ring, in square degrees. */
    private static double area(JsonNode polygon) {
        JsonNode ring = polygon.at("/coordinates/0");
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return Math.abs(sum) / 2;
    }
}
