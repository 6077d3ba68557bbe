package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GeoJsonGeometrySerializerTest {

    private final JsonWriter json = new JsonWriter();

    private String write(Object body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(body, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    @Test
    void writesAPolygonWithAHoleLonFirst() throws Exception {
        String written = write(wkt("POLYGON ((120 27, 121 27, 121 28, 120 28, 120 27), (120.2 27.2, 120.4 27.2, 120.4 27.4, 120.2 27.2))"));

        assertThat(written).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[120.0,27.0],[121.0,27.0],[121.0,28.0],[120.0,28.0],[120.0,27.0]],"
                + "[[120.2,27.2],[120.4,27.2],[120.4,27.4],[120.2,27.2]]]}");
    }

    @Test
    void writesMultiPolygonsPointsAndCollectionsInsideOtherObjects() throws Exception {
        String written = write(Map.of("geometry", wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))")));
        assertThat(written).isEqualTo("{\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
                + "[[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]],[[[2.0,2.0],[3.0,2.0],[3.0,3.0],[2.0,2.0]]]]}}");

        assertThat(write(wkt("POINT (120.123456789 27.5)"))).isEqualTo("{\"type\":\"Point\",\"coordinates\":[120.12345679,27.5]}");
        assertThat(write(wkt("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))")))
                .isEqualTo("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1.0,2.0]},"
                        + "{\"type\":\"LineString\",\"coordinates\":[[0.0,0.0],[1.0,1.0]]}]}");
    }

    @Test
    void writesTimesAsIsoText() throws Exception {
        assertThat(write(Map.of("at", java.time.Instant.parse("2026-11-22T05:30:00.250Z"))))
                .isEqualTo("{\"at\":\"2026-11-22T05:30:00.250Z\"}");
        assertThat(write(Map.of("for", java.time.Duration.ofSeconds(90)))).isEqualTo("{\"for\":\"PT1M30S\"}");
    }

    @Test
    void writesEmptyGeometriesAsEmptyCoordinates() throws Exception {
        assertThat(write(wkt("POLYGON EMPTY"))).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[]}");
        assertThat(write(wkt("POINT EMPTY"))).isEqualTo("{\"type\":\"Point\",\"coordinates\":[]}");
    }
}
