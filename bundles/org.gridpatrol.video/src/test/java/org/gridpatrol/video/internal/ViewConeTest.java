package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

class ViewConeTest {

    private static final double LON = 120.6;
    private static final double LAT = 27.78;

    private final ViewCone cones = new ViewCone();
    private final GaussKrugerMeasurement measurement = new GaussKrugerMeasurement();

    /** Distance measured in the Gauss-Krüger projection by the geo bundle, independent of the cone's frame. */
    private double metres(Coordinate a, Coordinate b) {
        return measurement.lengthMetres(new GeometryFactory(new PrecisionModel(), 4490)
                .createLineString(new Coordinate[] {a, b}));
    }

    /**
     * Bearing on the Gauss-Krüger grid; grid north differs from true north by the meridian
     * convergence, about 0.3° here, hence the tolerances below.
     */
    private double bearing(Coordinate from, Coordinate to) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4490);
        Coordinate a = measurement.toProjected(factory.createPoint(from)).getCoordinate();
        Coordinate b = measurement.toProjected(factory.createPoint(to)).getCoordinate();
        return (Math.toDegrees(Math.atan2(b.x - a.x, b.y - a.y)) + 360) % 360;
    }

    @Test
    void aSectorStartsAtTheCameraAndReachesTheRangeAroundTheHeading() {
        Polygon cone = cones.of(LON, LAT, 90, 60, 80);
        Coordinate camera = new Coordinate(LON, LAT);

        assertThat(cone.isValid()).isTrue();
        assertThat(Orientation.isCCW(cone.getExteriorRing().getCoordinates())).isTrue();
        assertThat(cone.getSRID()).isEqualTo(4490);
        assertThat(cone.getCoordinates()[0]).isEqualTo(camera);
        Coordinate[] arc = java.util.Arrays.copyOfRange(cone.getCoordinates(), 1, cone.getCoordinates().length - 1);
        assertThat(arc).allSatisfy(point -> {
            assertThat(metres(camera, point)).isCloseTo(80, within(0.02));
            assertThat(bearing(camera, point)).isBetween(60 - 0.5, 120 + 0.5);
        });
        assertThat(bearing(camera, cone.getCentroid().getCoordinate())).isCloseTo(90, within(0.5));
        double sectorArea = Math.PI * 80 * 80 * 60 / 360;
        assertThat(measurement.areaSquareMetres(cone)).isCloseTo(sectorArea, within(sectorArea * 0.01));
    }

    @Test
    void aSectorAcrossNorthIsOneShape() {
        Polygon cone = cones.of(LON, LAT, 350, 40, 100);

        assertThat(cone.isValid()).isTrue();
        assertThat(bearing(new Coordinate(LON, LAT), cone.getCentroid().getCoordinate())).isCloseTo(350, within(0.5));
    }

    @Test
    void wideAndFullViewsStayValid() {
        Polygon wide = cones.of(LON, LAT, 45, 270, 50);
        Polygon full = cones.of(LON, LAT, 0, 360, 50);

        assertThat(wide.isValid()).isTrue();
        assertThat(full.isValid()).isTrue();
        assertThat(Orientation.isCCW(full.getExteriorRing().getCoordinates())).isTrue();
        assertThat(full.contains(full.getFactory().createPoint(new Coordinate(LON, LAT)))).isTrue();
        assertThat(measurement.areaSquareMetres(full)).isCloseTo(Math.PI * 2500, within(Math.PI * 2500 * 0.01));
        assertThat(measurement.areaSquareMetres(wide)).isCloseTo(Math.PI * 2500 * 0.75, within(Math.PI * 2500 * 0.01));
    }
}
