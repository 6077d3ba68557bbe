package org.gridpatrol.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;

import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.internal.LocalFrame;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class GroundProjectionDroneTest {

    private static final double LON = 120.6;
    private static final double LAT = 27.8;
    private static final LocalFrame METRES = new LocalFrame(LON, LAT);

    private static DroneTelemetry pose(double altitude, double heading, double pitch, double hfov, double vfov) {
        return new DroneTelemetry("uav-1", Instant.EPOCH, LON, LAT, altitude, heading, pitch, hfov, vfov);
    }

    private static double[] metres(LonLat p) {
        return new double[] {METRES.east(p.lon()), METRES.north(p.lat())};
    }

    private static double[] metres(GroundProjection projection, double x, double y) {
        return metres(projection.toMap(new ImagePoint(x, y)).orElseThrow());
    }

    private static Polygon metricPolygon(Polygon lonLat) {
        Coordinate[] ring = lonLat.getExteriorRing().getCoordinates();
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            out[i] = new Coordinate(METRES.east(ring[i].x), METRES.north(ring[i].y));
        }
        return lonLat.getFactory().createPolygon(out);
    }

    @Test
    void nadirViewIsASquareCentredUnderTheDrone() throws Exception {
        GroundProjection nadir = GroundProjection.forDrone(pose(100, 0, -90, 90, 90), 1000, 1000);
        Polygon metric = metricPolygon(nadir.footprint(1000, 1000));
        // tan(45°) * 100 m on each side of the nadir point.
        assertThat(metric.getArea()).isCloseTo(200.0 * 200.0, within(1.0));
        assertThat(metric.getCentroid().getX()).isCloseTo(0, within(0.01));
        assertThat(metric.getCentroid().getY()).isCloseTo(0, within(0.01));
        assertThat(metric.getEnvelopeInternal().getWidth()).isCloseTo(200, within(0.01));
        assertThat(metres(nadir, 500, 500)).containsExactly(new double[] {0, 0}, within(1e-6));
    }

    @Test
    void footprintIsCounterClockwiseLonLatInCgcs2000() throws Exception {
        Polygon footprint = GroundProjection.forDrone(pose(100, 0, -90, 90, 90), 1000, 1000).footprint(1000, 1000);
        assertThat(footprint.getSRID()).isEqualTo(4490);
        assertThat(Orientation.isCCW(footprint.getExteriorRing().getCoordinates())).isTrue();
        assertThat(footprint.getEnvelopeInternal().getMinX()).isLessThan(LON).isGreaterThan(LON - 0.01);
        assertThat(footprint.getEnvelopeInternal().getMinY()).isLessThan(LAT).isGreaterThan(LAT - 0.01);
    }

    @Test
    void imageTopPointsAlongTheHeading() throws Exception {
        GroundProjection north = GroundProjection.forDrone(pose(100, 0, -90, 90, 90), 1000, 1000);
        assertThat(metres(north, 500, 0)).containsExactly(new double[] {0, 100}, within(1e-6));
        assertThat(metres(north, 1000, 500)).containsExactly(new double[] {100, 0}, within(1e-6));
        GroundProjection east = GroundProjection.forDrone(pose(100, 90, -90, 90, 90), 1000, 1000);
        assertThat(metres(east, 500, 0)).containsExactly(new double[] {100, 0}, within(1e-6));
        assertThat(metres(east, 1000, 500)).containsExactly(new double[] {0, -100}, within(1e-6));
        GroundProjection southWest = GroundProjection.forDrone(pose(100, 225, -90, 90, 90), 1000, 1000);
        double[] top = metres(southWest, 500, 0);
        assertThat(top[0]).isCloseTo(-100 / Math.sqrt(2), within(1e-6));
        assertThat(top[1]).isCloseTo(-100 / Math.sqrt(2), within(1e-6));
    }

    @Test
    void obliqueViewIsATrapezoidWithTheFarEdgeLonger() throws Exception {
        // Pitch -45° with a 60° vertical field: rays from 15° to 75° below the horizon.
        GroundProjection oblique = GroundProjection.forDrone(pose(100, 0, -45, 80, 60), 800, 600);
        double[] farLeft = metres(oblique, 0, 0);
        double[] farRight = metres(oblique, 800, 0);
        double[] nearLeft = metres(oblique, 0, 600);
        double[] nearRight = metres(oblique, 800, 600);
        double farWidth = farRight[0] - farLeft[0];
        double nearWidth = nearRight[0] - nearLeft[0];
        assertThat(farWidth).isGreaterThan(2 * nearWidth);
        assertThat(farLeft[1]).isCloseTo(farRight[1], within(1e-6));
        assertThat(farLeft[1]).isCloseTo(100 / Math.tan(Math.toRadians(15)), within(1e-6));
        assertThat(nearLeft[1]).isCloseTo(100 / Math.tan(Math.toRadians(75)), within(1e-6));
        Polygon metric = metricPolygon(oblique.footprint(800, 600));
        assertThat(metric.getNumPoints()).isEqualTo(5);
        assertThat(metric.getEnvelopeInternal().getMaxY()).isCloseTo(farLeft[1], within(0.01));
    }

    @Test
    void viewReachingAboveTheHorizonIsCutToTheRange() throws Exception {
        // Pitch -10° with a 40° vertical field: the top 10° of the image is sky.
        GroundProjection shallow = GroundProjection.forDrone(pose(50, 0, -10, 60, 40), 640, 480);
        assertThat(shallow.toMap(new ImagePoint(320, 0))).isEmpty();
        assertThat(shallow.toMap(new ImagePoint(320, 480))).isPresent();
        for (double range : new double[] {1000, 300}) {
            Polygon metric = metricPolygon(shallow.footprint(640, 480, range));
            assertThat(metric.isEmpty()).isFalse();
            for (Coordinate c : metric.getCoordinates()) {
                assertThat(Math.hypot(c.x, c.y)).isLessThanOrEqualTo(range + 0.01);
            }
            assertThat(metric.getEnvelopeInternal().getMaxY()).isGreaterThan(range * 0.99);
        }
        Polygon defaultRange = metricPolygon(shallow.footprint(640, 480));
        assertThat(defaultRange.getEnvelopeInternal().getMaxY())
                .isCloseTo(GroundProjection.DEFAULT_FOOTPRINT_RANGE_METRES, within(1.0));
    }

    @Test
    void groundBeyondTheRangeGivesAnEmptyFootprint() throws Exception {
        // 4 km up, 45° down, narrow view: every ground point is farther than 1 km.
        GroundProjection high = GroundProjection.forDrone(pose(4000, 0, -45, 10, 10), 640, 480);
        assertThat(high.footprint(640, 480).isEmpty()).isTrue();
        assertThat(high.toMap(new ImagePoint(320, 240))).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, -90, 60, 45, altitudeAboveGroundMetres",
        "-5, 0, -90, 60, 45, altitudeAboveGroundMetres",
        "5001, 0, -90, 60, 45, altitudeAboveGroundMetres",
        "NaN, 0, -90, 60, 45, altitudeAboveGroundMetres",
        "100, NaN, -90, 60, 45, headingDeg",
        "100, Infinity, -90, 60, 45, headingDeg",
        "100, 0, 0, 60, 45, gimbalPitchDeg",
        "100, 0, -0.5, 60, 45, gimbalPitchDeg",
        "100, 0, 10, 60, 45, gimbalPitchDeg",
        "100, 0, -91, 60, 45, gimbalPitchDeg",
        "100, 0, NaN, 60, 45, gimbalPitchDeg",
        "100, 0, -90, 0, 45, horizontalFovDeg",
        "100, 0, -90, 170, 45, horizontalFovDeg",
        "100, 0, -90, 60, -1, verticalFovDeg",
        "100, 0, -90, 60, NaN, verticalFovDeg"})
    void refusesImpossibleTelemetry(double altitude, double heading, double pitch, double hfov, double vfov,
            String field) {
        assertThatThrownBy(() -> GroundProjection.forDrone(pose(altitude, heading, pitch, hfov, vfov), 640, 480))
                .isInstanceOf(VideoInputException.class)
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo(field);
    }

    @Test
    void refusesBadPositionImageSizeAndMissingPose() {
        assertThatThrownBy(() -> GroundProjection.forDrone(
                new DroneTelemetry("u", Instant.EPOCH, 181, LAT, 100, 0, -90, 60, 45), 640, 480))
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo("lon");
        assertThatThrownBy(() -> GroundProjection.forDrone(
                new DroneTelemetry("u", Instant.EPOCH, LON, Double.NaN, 100, 0, -90, 60, 45), 640, 480))
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo("lat");
        assertThatThrownBy(() -> GroundProjection.forDrone(pose(100, 0, -90, 60, 45), 0, 480))
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo("imageWidth");
        assertThatThrownBy(() -> GroundProjection.forDrone(pose(100, 0, -90, 60, 45), 640, -1))
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo("imageHeight");
        assertThatThrownBy(() -> GroundProjection.forDrone(null, 640, 480))
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo("telemetry");
    }

    @Test
    void acceptsTheLimits() throws Exception {
        assertThat(GroundProjection.forDrone(pose(5000, 359.9, -1, 169.9, 0.1), 640, 480).rmsErrorMetres()).isZero();
        assertThat(GroundProjection.forDrone(pose(0.1, -720, -90, 1, 169), 640, 480).toMap(new ImagePoint(320, 240)))
                .isPresent();
    }
}
