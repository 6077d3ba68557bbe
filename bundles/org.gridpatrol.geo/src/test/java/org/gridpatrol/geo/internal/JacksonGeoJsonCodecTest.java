package org.gridpatrol.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeometryProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class JacksonGeoJsonCodecTest {

    private final JacksonGeoJsonCodec codec = new JacksonGeoJsonCodec();

    // --- reading --------------------------------------------------------------------------------

    @Test
    void readsEveryGeometryTypeInLonLatOrderWithSrid4490() throws Exception {
        Point point = (Point) codec.read("{\"type\":\"Point\",\"coordinates\":[120.6,27.8]}", "position");
        assertThat(point.getX()).isEqualTo(120.6);
        assertThat(point.getY()).isEqualTo(27.8);
        assertThat(point.getSRID()).isEqualTo(4490);

        Geometry multiPoint = codec.read("{\"type\":\"MultiPoint\",\"coordinates\":[[120,30],[121,31]]}", "f");
        assertThat(multiPoint).isInstanceOf(MultiPoint.class);
        assertThat(multiPoint.getNumGeometries()).isEqualTo(2);
        Geometry line = codec.read("{\"type\":\"LineString\",\"coordinates\":[[120,30],[121,31]]}", "f");
        assertThat(line).isInstanceOf(LineString.class);
        assertThat(line.getNumPoints()).isEqualTo(2);
        Geometry lines = codec.read(
                "{\"type\":\"MultiLineString\",\"coordinates\":[[[120,30],[121,31]],[[122,30],[122,31]]]}", "f");
        assertThat(lines).isInstanceOf(MultiLineString.class);
        assertThat(lines.getNumGeometries()).isEqualTo(2);

        Polygon withHole = (Polygon) codec.read("{\"type\":\"Polygon\",\"coordinates\":["
                + "[[120,30],[121,30],[121,31],[120,31],[120,30]],"
                + "[[120.2,30.2],[120.2,30.4],[120.4,30.4],[120.2,30.2]]]}", "boundary");
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        assertThat(withHole.getSRID()).isEqualTo(4490);

        MultiPolygon two = (MultiPolygon) codec.read("{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[120,30],[121,30],[121,31],[120,30]]],"
                + "[[[122,30],[123,30],[123,31],[122,30]]]]}", "boundary");
        assertThat(two.getNumGeometries()).isEqualTo(2);
        assertThat(two.getGeometryN(1).getSRID()).isEqualTo(4490);

        GeometryCollection mixed = (GeometryCollection) codec.read("{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"Point\",\"coordinates\":[120,30]},"
                + "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}"
                + "]}", "f");
        assertThat(mixed.getGeometryN(1).getGeometryN(0)).isInstanceOf(LineString.class);
    }

    @Test
    void ignoresAltitudeForeignMembersAndBbox() throws Exception {
        Geometry point = codec.read("{\"type\":\"Point\",\"bbox\":[1,2,1,2],\"coordinates\":[120.6,27.8,12.5],"
                + "\"crs\":null,\"note\":\"x\"}", "f");
        assertThat(point.getCoordinate().getZ()).isNaN();
        assertThat(point.getCoordinate().x).isEqualTo(120.6);
    }

    @Test
    void readsEmptyGeometries() throws Exception {
        assertThat(codec.read("{\"type\":\"Polygon\",\"coordinates\":[]}", "f").isEmpty()).isTrue();
        assertThat(codec.read("{\"type\":\"Point\",\"coordinates\":[]}", "f").isEmpty()).isTrue();
        assertThat(codec.read("{\"type\":\"GeometryCollection\",\"geometries\":[]}", "f").isEmpty()).isTrue();
    }

    @Test
    void refusesBrokenJsonWithItsPlace() {
        GeoInputException e = refusal("{\"type\":\"Point\",\n \"coordinates\":[120, 30}", "position");
        assertThat(e.field()).isEqualTo("position");
        assertThat(e.problem().reason()).startsWith("is not valid JSON at line 2");
        assertThat(refusal("{\"type\":\"Point\",\"coordinates\":[1,2]} trailing", "f").problem().reason())
                .startsWith("is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null"})
    void refusesMissingInput(String json) {
        GeoInputException e = refusal(json, "boundary");
        assertThat(e.field()).isEqualTo("boundary");
        assertThat(e.problem().reason()).containsAnyOf("geometry is missing", "must be a GeoJSON geometry object");
    }

    @Test
    void refusesMissingOrWrongMembers() {
        assertThat(reason("[120, 30]")).isEqualTo("the geometry must be a GeoJSON geometry object, got an array of length 2");
        assertThat(reason("{\"coordinates\":[120,30]}")).isEqualTo("\"type\" is missing");
        assertThat(reason("{\"type\":7,\"coordinates\":[120,30]}")).isEqualTo("\"type\" must be a string, got the number 7");
        assertThat(reason("{\"type\":\"Point\"}")).isEqualTo("\"coordinates\" is missing");
        assertThat(reason("{\"type\":\"Polygn\",\"coordinates\":[]}")).startsWith("\"type\" \"Polygn\" is not a geometry type");
        assertThat(reason("{\"type\":\"Feature\",\"geometry\":null}")).contains("is a Feature; send a geometry object");
        assertThat(reason("{\"type\":\"GeometryCollection\"}")).startsWith("\"geometries\" must be an array");
        assertThat(reason("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\"}]}"))
                .isEqualTo("geometries[0].\"coordinates\" is missing");
    }

    @Test
    void refusesWrongNestingNamingThePath() {
        assertThat(reason("{\"type\":\"Polygon\",\"coordinates\":[[120,30],[121,30],[121,31],[120,30]]}"))
                .isEqualTo("coordinates[0][0] must be a position [lon, lat], got the number 120 "
                        + "(check the array nesting of a Polygon)");
        assertThat(reason("{\"type\":\"Point\",\"coordinates\":[[120,30],[121,31]]}"))
                .startsWith("coordinates[0] must be a number, got an array of length 2");
        assertThat(reason("{\"type\":\"LineString\",\"coordinates\":[120,30]}"))
                .startsWith("coordinates[0] must be a position [lon, lat], got the number 120");
        assertThat(reason("{\"type\":\"MultiPolygon\",\"coordinates\":[[[120,30],[121,30],[121,31],[120,30]]]}"))
                .startsWith("coordinates[0][0][0] must be a position");
        assertThat(reason("{\"type\":\"Point\",\"coordinates\":{\"lon\":120,\"lat\":30}}"))
                .startsWith("coordinates must be a position [lon, lat], got an object");
    }

    @Test
    void refusesNonNumericAndShortPositions() {
        assertThat(reason("{\"type\":\"LineString\",\"coordinates\":[[120,30],[\"121\",31]]}"))
                .isEqualTo("coordinates[1][0] must be a number, got the string \"121\"");
        assertThat(reason("{\"type\":\"Point\",\"coordinates\":[120,null]}"))
                .isEqualTo("coordinates[1] must be a number, got null");
        assertThat(reason("{\"type\":\"Point\",\"coordinates\":[120]}"))
                .startsWith("coordinates must be a position [lon, lat], got an array of length 1");
        assertThat(reason("{\"type\":\"LineString\",\"coordinates\":[[120,30]]}"))
                .isEqualTo("coordinates has 1 positions; a LineString needs at least 2");
        assertThat(reason("{\"type\":\"Point\",\"coordinates\":[1e400,30]}"))
                .startsWith("coordinates[0] must be a number");
    }

    @Test
    void refusesPositionsOutOfRangeWithTheirPlace() {
        GeoInputException e = refusal("{\"type\":\"LineString\",\"coordinates\":[[120,30],[30.5,120.25]]}", "track");
        assertThat(e.problem().reason()).startsWith("coordinates[1] (30.5, 120.25) is outside lon [-180, 180]");
        assertThat(e.problem().lon()).isEqualTo(30.5);
    }

    @Test
    void refusesUnclosedRingsNamingRingPolygonAndBothEnds() {
        GeoInputException e = refusal("{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[120,30],[121,30],[121,31],[120,30]]],"
                + "[[[122,30],[123,30],[123,31],[122.5,31.5]]]]}", "boundary");
        assertThat(e.field()).isEqualTo("boundary");
        GeometryProblem problem = e.problem();
        assertThat(problem.reason())
                .isEqualTo("ring 0 of polygon 1 is not closed: first (122, 30) last (122.5, 31.5)");
        assertThat(problem.lon()).isEqualTo(122);
        assertThat(problem.lat()).isEqualTo(30);

        assertThat(reason("{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[121,30],[121,31],[120,30]],"
                + "[[120.2,30.1],[120.5,30.1],[120.5,30.3]]]}"))
                .isEqualTo("ring 1 is not closed: first (120.2, 30.1) last (120.5, 30.3)");
    }

    @Test
    void refusesRingsTooShortToCloseAnArea() {
        assertThat(reason("{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[121,30],[120,30]]]}"))
                .isEqualTo("ring 0 has 3 positions; a closed ring needs at least 4");
        assertThat(reason("{\"type\":\"Polygon\",\"coordinates\":[[]]}"))
                .isEqualTo("ring 0 (coordinates[0]) has no positions");
    }

    // --- writing --------------------------------------------------------------------------------

    @Test
    void writesPlainDecimalsRoundedToEightPlaces() {
        Point point = Shapes.FACTORY.createPoint(new Coordinate(120.123456789123, 0.00000001234));
        assertThat(codec.write(point)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[120.12345679,0.00000001]}");
        assertThat(codec.write(Shapes.FACTORY.createPoint(new Coordinate(1e-12, -1e-9))))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[0,0]}");
        assertThat(codec.write(Shapes.FACTORY.createPoint(new Coordinate(-179.5, 1e-7))))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[-179.5,0.0000001]}");
    }

    @Test
    void writesRingsByTheRightHandRule() throws Exception {
        // Clockwise shell and counter-clockwise hole, the opposite of RFC 7946 §3.1.6.
        Polygon wrongWay = Shapes.FACTORY.createPolygon(
                Shapes.ring(120, 30, 120, 31, 121, 31, 121, 30),
                new LinearRing[] {Shapes.ring(120.2, 30.2, 120.4, 30.2, 120.4, 30.4)});
        String json = codec.write(wrongWay);
        assertThat(json).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[121,30],[121,31],[120,31],[120,30]],");
        Polygon back = (Polygon) codec.read(json, "f");
        assertThat(Orientation.isCCW(back.getExteriorRing().getCoordinateSequence())).isTrue();
        assertThat(Orientation.isCCW(back.getInteriorRingN(0).getCoordinateSequence())).isFalse();
        assertThat(back.equalsTopo(wrongWay)).isTrue();
    }

    @Test
    void roundTripsEveryType() throws Exception {
        String[] samples = {
            "{\"type\":\"Point\",\"coordinates\":[120.6,27.8]}",
            "{\"type\":\"MultiPoint\",\"coordinates\":[[120.6,27.8],[120.7,27.9]]}",
            "{\"type\":\"LineString\",\"coordinates\":[[120.6,27.8],[120.7,27.9]]}",
            "{\"type\":\"MultiLineString\",\"coordinates\":[[[120.6,27.8],[120.7,27.9]],[[121,28],[121.1,28.1]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[121,30],[121,31],[120,31],[120,30]]]}",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[120,30],[121,30],[121,31],[120,30]]],"
                    + "[[[122,30],[123,30],[123,31],[122,30]]]]}",
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[120.6,27.8]},"
                    + "{\"type\":\"LineString\",\"coordinates\":[[120.6,27.8],[120.7,27.9]]}]}",
            "{\"type\":\"Polygon\",\"coordinates\":[]}",
            "{\"type\":\"Point\",\"coordinates\":[]}",
        };
        for (String sample : samples) {
            assertThat(codec.write(codec.read(sample, "f"))).isEqualTo(sample);
        }
    }

    @Test
    void writesALinearRingAsALineString() {
        assertThat(codec.write(Shapes.ring(120, 30, 121, 30, 121, 31)))
                .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[120,30],[121,30],[121,31],[120,30]]}");
    }

    private String reason(String json) {
        return refusal(json, "geometry").problem().reason();
    }

    private GeoInputException refusal(String json, String field) {
        return (GeoInputException) org.assertj.core.api.Assertions.catchThrowableOfType(
                GeoInputException.class, () -> codec.read(json, field));
    }
}
