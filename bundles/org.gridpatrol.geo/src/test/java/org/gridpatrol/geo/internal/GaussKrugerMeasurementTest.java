package org.gridpatrol.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GaussKrugerMeasurementTest {

    /** The CGCS2000 ellipsoid; its flattening differs from WGS84's only in the 10th digit. */
    private static final Geodesic CGCS2000 = new Geodesic(6378137.0, 1 / 298.257222101);

    private final GaussKrugerMeasurement measurement = new GaussKrugerMeasurement();

    @Test
    void projectsTheVerifiedPointLikePostgis() {
        // Verified against PostGIS ST_Transform (see /work/shared/design/dependencies.md).
        Point point = Shapes.FACTORY.createPoint(new Coordinate(120.6, 27.8));
        Geometry projected = measurement.toProjected(point);
        assertThat(projected.getSRID()).isEqualTo(4549);
        assertThat(projected.getCoordinate().x).isCloseTo(559126.341, within(0.001));
        assertThat(projected.getCoordinate().y).isCloseTo(3076422.569, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({
        "120.6, 4549", "119.4, 4549", "121.49, 4549", "121.51, 4550", "118.5, 4549", "118.49, 4548",
        "75, 4534", "73.0, 4534", "135, 4554", "137.9, 4554", "108, 4545",
    })
    void choosesTheZoneOfTheNearestCentralMeridian(double lon, int epsg) {
        assertThat(measurement.gaussKrugerEpsg(lon)).isEqualTo(epsg);
    }

    @ParameterizedTest
    @CsvSource({"71.9", "138.1", "-120", "NaN"})
    void refusesLongitudesFarOutsideChina(double lon) {
        assertThatThrownBy(() -> measurement.gaussKrugerEpsg(lon))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Gauss-Kruger");
    }

    @Test
    void measuresACellLikeTheGeodesicOnTheEllipsoid() {
        Polygon cell = Shapes.box(120.60, 27.80, 120.61, 27.81);
        PolygonResult geodesic = geodesicPolygon(cell);

        assertThat(measurement.areaSquareMetres(cell)).isCloseTo(geodesic.area, withinPercentage(0.5));
        assertThat(measurement.lengthMetres(cell)).isCloseTo(geodesic.perimeter, withinPercentage(0.5));

        // About 985 m east-west and 1,108 m north-south at 27.8°N (edges, not the envelope: grid
        // north turns from true north by the meridian convergence, ~0.28° here).
        assertThat(measurement.lengthMetres(line(120.60, 27.80, 120.61, 27.80)))
                .isCloseTo(metres(120.60, 27.80, 120.61, 27.80), withinPercentage(0.5))
                .isCloseTo(985, withinPercentage(0.5));
        assertThat(measurement.lengthMetres(line(120.60, 27.80, 120.60, 27.81)))
                .isCloseTo(metres(120.60, 27.80, 120.60, 27.81), withinPercentage(0.5))
                .isCloseTo(1108, withinPercentage(0.5));
    }

    @Test
    void subtractsHolesAndAddsTheMembersOfAMultipolygon() {
        Polygon withHole = Shapes.FACTORY.createPolygon(Shapes.boxRing(120.0, 30.0, 120.02, 30.02),
                new org.locationtech.jts.geom.LinearRing[] {Shapes.boxRing(120.005, 30.005, 120.015, 30.015)});
        double outer = Math.abs(geodesicPolygon(Shapes.box(120.0, 30.0, 120.02, 30.02)).area);
        double hole = Math.abs(geodesicPolygon(Shapes.box(120.005, 30.005, 120.015, 30.015)).area);
        assertThat(measurement.areaSquareMetres(withHole)).isCloseTo(outer - hole, withinPercentage(0.5));

        Polygon a = Shapes.box(120.0, 30.0, 120.01, 30.01);
        Polygon b = Shapes.box(120.05, 30.0, 120.06, 30.01);
        Geometry both = Shapes.FACTORY.createMultiPolygon(new Polygon[] {a, b});
        assertThat(measurement.areaSquareMetres(both))
                .isCloseTo(measurement.areaSquareMetres(a) + measurement.areaSquareMetres(b), withinPercentage(0.01));
    }

    @Test
    void measuresLinesAndGivesZeroForEmptyGeometries() {
        Geometry road = Shapes.FACTORY.createLineString(new Coordinate[] {
            new Coordinate(120.6, 27.8), new Coordinate(120.61, 27.805), new Coordinate(120.62, 27.8)});
        double expected = metres(120.6, 27.8, 120.61, 27.805) + metres(120.61, 27.805, 120.62, 27.8);
        assertThat(measurement.lengthMetres(road)).isCloseTo(expected, withinPercentage(0.05));
        assertThat(measurement.areaSquareMetres(road)).isZero();

        assertThat(measurement.areaSquareMetres(Shapes.FACTORY.createPolygon())).isZero();
        assertThat(measurement.lengthMetres(Shapes.FACTORY.createLineString())).isZero();
        assertThat(measurement.toProjected(Shapes.FACTORY.createPolygon()).isEmpty()).isTrue();
    }

    @Test
    void projectsIntoTheZoneOfTheCentroid() {
        // Crosses 121.5°E, but most of it lies east, so its centroid chooses CM 123°E.
        Polygon straddling = Shapes.box(121.4, 29.9, 122.0, 30.0);
        assertThat(measurement.toProjected(straddling).getSRID()).isEqualTo(4550);
        assertThat(measurement.toProjected(Shapes.box(121.0, 29.9, 121.6, 30.0)).getSRID()).isEqualTo(4549);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<Polygon> cells = IntStream.range(0, 40)
                .mapToObj(i -> Shapes.box(110 + i * 0.5, 25, 110.01 + i * 0.5, 25.01))
                .toList();
        List<Double> sequential = cells.stream().map(measurement::areaSquareMetres).toList();

        GaussKrugerMeasurement fresh = new GaussKrugerMeasurement();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> parallel = cells.stream()
                    .map(cell -> pool.submit(() -> fresh.areaSquareMetres(cell)))
                    .toList();
            for (int i = 0; i < cells.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static PolygonResult geodesicPolygon(Polygon polygon) {
        PolygonArea area = new PolygonArea(CGCS2000, false);
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length - 1; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        PolygonResult result = area.Compute();
        return new PolygonResult(result.num, result.perimeter, Math.abs(result.area));
    }

    private static Geometry line(double lon1, double lat1, double lon2, double lat2) {
        return Shapes.FACTORY.createLineString(new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
    }

    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        return CGCS2000.Inverse(lat1, lon1, lat2, lon2).s12;
    }
}
