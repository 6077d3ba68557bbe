package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridpatrol.gisdata.internal.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonWriterTest {

    private final GeoJsonWriter writer = new GeoJsonWriter();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesDecimalsPlainWithAtMostSevenDigits() {
        assertThat(GeoJsonWriter.decimal(120)).isEqualTo("120");
        assertThat(GeoJsonWriter.decimal(27.5)).isEqualTo("27.5");
        assertThat(GeoJsonWriter.decimal(120.1234567)).isEqualTo("120.1234567");
        assertThat(GeoJsonWriter.decimal(120.12345674)).isEqualTo("120.1234567");
        assertThat(GeoJsonWriter.decimal(1e-7)).isEqualTo("0.0000001");
        assertThat(GeoJsonWriter.decimal(-0.5)).isEqualTo("-0.5");
        assertThat(GeoJsonWriter.decimal(1e-9)).isEqualTo("0");
    }

    @Test
    void writesAFeatureCollectionWithOneFeaturePerLine() throws Exception {
        List<GisFeature> features = List.of(
                new GisFeature("330381", "瑞安市", "county", null, square(120, 27), null, null),
                new GisFeature("330381001001001", "东山社区第1网格", "grid", "330381", square(120, 27), "陈静",
                        "13812345678"));
        String json = writer.toJson(features);

        assertThat(json.lines()).hasSize(4).first().isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[");
        assertThat(json).endsWith("]}\n");
        JsonNode root = mapper.readTree(json);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode county = root.get("features").get(0);
        assertThat(county.get("id").asText()).isEqualTo("330381");
        assertThat(county.get("properties").has("parent")).isFalse();
        assertThat(county.get("properties").has("worker_name")).isFalse();
        JsonNode grid = root.get("features").get(1).get("properties");
        assertThat(grid.get("parent").asText()).isEqualTo("330381");
        assertThat(grid.get("level").asText()).isEqualTo("grid");
        assertThat(grid.get("worker_name").asText()).isEqualTo("陈静");
        assertThat(grid.get("worker_phone").asText()).isEqualTo("13812345678");
    }

    @Test
    void writesHolesAndSeveralPartsInRfc7946Order() throws Exception {
        MultiPolygon geometry = Geometries.toOrientedMultiPolygon(new WKTReader().read(
                "MULTIPOLYGON (((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1)), ((5 0, 6 0, 6 1, 5 0)))"));
        JsonNode coordinates = mapper.readTree(writer.toJson(
                List.of(new GisFeature("330381", "瑞安市", "county", null, geometry, null, null))))
                .get("features").get(0).get("geometry").get("coordinates");

        assertThat(coordinates).hasSize(2);
        assertThat(coordinates.get(0)).hasSize(2);
        assertThat(signedArea(coordinates.get(0).get(0))).as("exterior counter-clockwise").isPositive();
        assertThat(signedArea(coordinates.get(0).get(1))).as("hole clockwise").isNegative();
        assertThat(signedArea(coordinates.get(1).get(0))).isPositive();
        assertThat(coordinates.get(0).get(0).get(0)).isEqualTo(coordinates.get(0).get(0).get(4));
    }

    @Test
    void streamsUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(new GisFeature("330381", "瑞安市", "county", null, square(120, 27), null, null)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\":\"瑞安市\"");
    }

    private static MultiPolygon square(double lon, double lat) throws ParseException {
        return Geometries.toOrientedMultiPolygon(new WKTReader().read(String.format(java.util.Locale.ROOT,
                "POLYGON ((%1$s %2$s, %1$s %3$s, %4$s %3$s, %4$s %2$s, %1$s %2$s))", lon, lat, lat + 0.01,
                lon + 0.01)));
    }

    /** Shoelace formula: positive for counter-clockwise rings. */
    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum / 2;
    }
}
