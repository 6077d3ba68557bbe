package org.gridpatrol.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.internal.LocalFrame;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.VideoInputException;
import org.junit.jupiter.api.Test;

/**
 * Calibration against a synthetic camera: a CCTV camera 8 m up, looking down 25°, is modelled with
 * the drone projection (a pinhole over flat ground, independent of the DLT fit), its true map
 * points are computed for chosen pixels, and the fit must reproduce the camera elsewhere.
 */
class GroundProjectionCalibrationTest {

    private static final int WIDTH = 768;
    private static final int HEIGHT = 576;
    private static final LocalFrame METRES = new LocalFrame(120.6, 27.8);
    private static final double[][] PIXELS = {
        {100, 300}, {680, 320}, {650, 560}, {120, 540}, {384, 420}, {250, 380}, {520, 470}, {300, 500}};

    private static GroundProjection trueCamera(double pitchDeg) throws VideoInputException {
        return GroundProjection.forDrone(new DroneTelemetry("cctv", Instant.EPOCH, 120.6, 27.8, 8, 30, pitchDeg, 70, 54),
                WIDTH, HEIGHT);
    }

    private static List<PointPair> pairs(GroundProjection camera, int count, double pixelNoise, long seed) {
        Random random = new Random(seed);
        List<PointPair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LonLat map = camera.toMap(new ImagePoint(PIXELS[i][0], PIXELS[i][1])).orElseThrow();
            pairs.add(new PointPair(PIXELS[i][0] + random.nextGaussian() * pixelNoise,
                    PIXELS[i][1] + random.nextGaussian() * pixelNoise, map.lon(), map.lat()));
        }
        return pairs;
    }

    private static double metresBetween(LonLat a, LonLat b) {
        return Math.hypot(METRES.east(a.lon()) - METRES.east(b.lon()), METRES.north(a.lat()) - METRES.north(b.lat()));
    }

    /** Largest disagreement between two projections over a pixel grid of the lower image half. */
    private static double worstDisagreement(GroundProjection a, GroundProjection b) {
        double worst = 0;
        for (int x = 0; x <= WIDTH; x += 48) {
            for (int y = HEIGHT / 2; y <= HEIGHT; y += 36) {
                ImagePoint p = new ImagePoint(x, y);
                worst = Math.max(worst, metresBetween(a.toMap(p).orElseThrow(), b.toMap(p).orElseThrow()));
            }
        }
        return worst;
    }

    @Test
    void fourExactPairsReproduceTheCameraWithinACentimetre() throws Exception {
        GroundProjection truth = trueCamera(-25);
        GroundProjection fitted = GroundProjection.fromPairs(pairs(truth, 4, 0, 1));
        assertThat(fitted.rmsErrorMetres()).isLessThan(0.001);
        assertThat(worstDisagreement(truth, fitted)).isLessThan(0.01);
    }

    @Test
    void eightExactPairsFitByLeastSquaresWithinACentimetre() throws Exception {
        GroundProjection truth = trueCamera(-25);
        GroundProjection fitted = GroundProjection.fromPairs(pairs(truth, 8, 0, 1));
        assertThat(fitted.rmsErrorMetres()).isLessThan(0.001);
        assertThat(worstDisagreement(truth, fitted)).isLessThan(0.01);
    }

    @Test
    void noisyPairsGiveASmallNonZeroErrorAndMorePairsHelp() throws Exception {
        GroundProjection truth = trueCamera(-25);
        double worstWithFour = 0;
        double worstWithEight = 0;
        for (long seed = 1; seed <= 20; seed++) {
            GroundProjection four = GroundProjection.fromPairs(pairs(truth, 4, 1.5, seed));
            GroundProjection eight = GroundProjection.fromPairs(pairs(truth, 8, 1.5, seed));
            assertThat(eight.rmsErrorMetres()).isGreaterThan(0).isLessThan(1);
            worstWithFour += worstDisagreement(truth, four);
            worstWithEight += worstDisagreement(truth, eight);
        }
        assertThat(worstWithEight / 20).isLessThan(1.0).isLessThan(worstWithFour / 20);
    }

    @Test
    void pointsAtOrAboveTheHorizonDoNotProject() throws Exception {
        // Looking down only 10° with a 54° vertical field of view: the top of the image is sky.
        GroundProjection truth = trueCamera(-10);
        GroundProjection fitted = GroundProjection.fromPairs(pairs(truth, 6, 0, 1));
        ImagePoint sky = new ImagePoint(384, 10);
        assertThat(truth.toMap(sky)).isEmpty();
        assertThat(fitted.toMap(sky)).isEmpty();
        assertThat(fitted.toMap(new ImagePoint(384, 500))).isPresent();
        assertThat(fitted.toMap(new ImagePoint(Double.NaN, 500))).isEmpty();
    }

    @Test
    void footprintOfACalibratedCameraCoversItsCalibrationPoints() throws Exception {
        GroundProjection fitted = GroundProjection.fromPairs(pairs(trueCamera(-10), 6, 0, 1));
        var footprint = fitted.footprint(WIDTH, HEIGHT, 200);
        var factory = footprint.getFactory();
        assertThat(footprint.isValid()).isTrue();
        assertThat(footprint.getSRID()).isEqualTo(4490);
        for (PointPair pair : pairs(trueCamera(-10), 6, 0, 1)) {
            assertThat(footprint.covers(factory.createPoint(new org.locationtech.jts.geom.Coordinate(pair.lon(),
                    pair.lat())))).isTrue();
        }
    }

    @Test
    void refusesTooFewPairs() throws Exception {
        List<PointPair> three = pairs(trueCamera(-25), 3, 0, 1);
        assertRefused(three, "calibration", "at least 4");
        assertRefused(null, "calibration", "at least 4");
    }

    @Test
    void refusesNonFiniteAndOutOfRangeValues() throws Exception {
        List<PointPair> pairs = pairs(trueCamera(-25), 4, 0, 1);
        pairs.set(2, new PointPair(Double.NaN, 3, pairs.get(2).lon(), pairs.get(2).lat()));
        assertRefused(pairs, "calibration[2]", "finite");
        pairs = pairs(trueCamera(-25), 4, 0, 1);
        pairs.set(1, new PointPair(5, 3, 190, pairs.get(1).lat()));
        assertRefused(pairs, "calibration[1].lon", "");
        pairs = pairs(trueCamera(-25), 4, 0, 1);
        pairs.set(3, new PointPair(5, 3, pairs.get(3).lon(), Double.NaN));
        assertRefused(pairs, "calibration[3].lat", "");
    }

    @Test
    void refusesDuplicatePoints() throws Exception {
        List<PointPair> pairs = pairs(trueCamera(-25), 5, 0, 1);
        PointPair first = pairs.get(0);
        pairs.set(4, new PointPair(first.imageX() + 0.5, first.imageY(), pairs.get(4).lon(), pairs.get(4).lat()));
        assertRefused(pairs, "calibration[4]", "same image point as calibration[0]");
        pairs = pairs(trueCamera(-25), 5, 0, 1);
        pairs.set(3, new PointPair(pairs.get(3).imageX(), pairs.get(3).imageY(), pairs.get(1).lon(), pairs.get(1).lat()));
        assertRefused(pairs, "calibration[3]", "same map point as calibration[1]");
    }

    @Test
    void refusesThreeCollinearImagePointsAmongFour() throws Exception {
        GroundProjection truth = trueCamera(-25);
        List<PointPair> pairs = new ArrayList<>();
        double[][] pixels = {{100, 400}, {300, 450}, {500, 500}, {600, 300}};
        for (double[] p : pixels) {
            LonLat map = truth.toMap(new ImagePoint(p[0], p[1])).orElseThrow();
            pairs.add(new PointPair(p[0], p[1], map.lon(), map.lat()));
        }
        // A straight line in the image is a straight line on the ground: both sets are collinear.
        assertRefused(pairs, "calibration", "[0], [1] and [2]");
    }

    @Test
    void refusesCollinearMapPointsEvenWhenTheImagePointsAreNot() throws Exception {
        List<PointPair> pairs = List.of(new PointPair(100, 400, 120.6000, 27.8), new PointPair(300, 380, 120.6001, 27.8),
                new PointPair(500, 500, 120.6002, 27.8), new PointPair(600, 300, 120.6001, 27.8003));
        assertRefused(pairs, "calibration", "map points");
    }

    @Test
    void moreThanFourPairsNeedOnlyFourInGeneralPosition() throws Exception {
        GroundProjection truth = trueCamera(-25);
        double[][] threeOnALine = {{100, 400}, {300, 450}, {500, 500}, {600, 300}, {200, 560}};
        double[][] fourOnALine = {{100, 400}, {300, 450}, {500, 500}, {700, 550}, {600, 300}};
        assertThat(GroundProjection.fromPairs(pairsAt(truth, threeOnALine)).rmsErrorMetres()).isLessThan(0.001);
        assertRefused(pairsAt(truth, fourOnALine), "calibration", "no 4");
    }

    @Test
    void refusesPairsThatDoNotFitOneGroundPlane() throws Exception {
        List<PointPair> pairs = pairs(trueCamera(-25), 8, 0, 1);
        PointPair moved = pairs.get(5);
        pairs.set(5, new PointPair(moved.imageX(), moved.imageY(), moved.lon() + 0.0005, moved.lat() - 0.0004));
        assertRefused(pairs, "calibration", "without calibration[5] the other pairs fit within 0.00 m RMS");
    }

    @Test
    void acceptsAMildOutlierWithItsErrorReported() throws Exception {
        List<PointPair> pairs = pairs(trueCamera(-25), 8, 0, 1);
        PointPair moved = pairs.get(5);
        pairs.set(5, new PointPair(moved.imageX(), moved.imageY(), moved.lon() + 0.00001, moved.lat()));
        GroundProjection fitted = GroundProjection.fromPairs(pairs);
        assertThat(fitted.rmsErrorMetres()).isGreaterThan(0.01).isLessThan(10);
    }

    @Test
    void refusesNeighbouringPairsSwappedSoThatTheHorizonCrossesThem() throws Exception {
        assertRefused(swapped(0, 1), "calibration", "horizon");
    }

    @Test
    void refusesOppositePairsSwappedIntoAMirrorImage() throws Exception {
        assertRefused(swapped(0, 2), "calibration", "mirror");
    }

    private static List<PointPair> swapped(int i, int j) throws VideoInputException {
        List<PointPair> pairs = pairs(trueCamera(-25), 4, 0, 1);
        PointPair a = pairs.get(i);
        PointPair b = pairs.get(j);
        pairs.set(i, new PointPair(a.imageX(), a.imageY(), b.lon(), b.lat()));
        pairs.set(j, new PointPair(b.imageX(), b.imageY(), a.lon(), a.lat()));
        return pairs;
    }

    private static List<PointPair> pairsAt(GroundProjection camera, double[][] pixels) {
        List<PointPair> pairs = new ArrayList<>();
        for (double[] p : pixels) {
            LonLat map = camera.toMap(new ImagePoint(p[0], p[1])).orElseThrow();
            pairs.add(new PointPair(p[0], p[1], map.lon(), map.lat()));
        }
        return pairs;
    }

    private static void assertRefused(List<PointPair> pairs, String field, String reasonPart) {
        assertThatThrownBy(() -> GroundProjection.fromPairs(pairs)).isInstanceOf(VideoInputException.class)
                .hasMessageContaining(reasonPart)
                .extracting(e -> ((VideoInputException) e).field()).isEqualTo(field);
    }
}
