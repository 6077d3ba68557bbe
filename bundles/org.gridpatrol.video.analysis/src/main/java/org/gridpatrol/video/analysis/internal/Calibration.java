package org.gridpatrol.video.analysis.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.VideoInputException;

/** Checks calibration pairs and fits the image-to-ground homography, refusing what cannot work. */
public final class Calibration {

    public static final String FIELD = "calibration";
    public static final int MIN_PAIRS = 4;
    public static final int MAX_PAIRS = 64;
    public static final double MAX_SPAN_METRES = 20_000;
    private static final double MIN_IMAGE_DISTANCE_PX = 1;
    private static final double MIN_MAP_DISTANCE_METRES = 0.05;
    /** A point within this fraction of the longest side of a triple from the others' line is "on" it. */
    private static final double COLLINEAR_RELATIVE = 0.01;
    private static final double COLLINEAR_IMAGE_PX = 1;
    private static final double COLLINEAR_MAP_METRES = 0.1;

    /** A fitted calibration: image pixels to the local frame's metres, and its reprojection error. */
    public record Fit(Homography imageToLocal, LocalFrame frame, double rmsErrorMetres) {
    }

    private Calibration() {
    }

    public static Fit fit(List<PointPair> pairs) throws VideoInputException {
        checkValues(pairs);
        int n = pairs.size();
        double lon0 = pairs.stream().mapToDouble(PointPair::lon).average().orElseThrow();
        double lat0 = pairs.stream().mapToDouble(PointPair::lat).average().orElseThrow();
        LocalFrame frame = new LocalFrame(lon0, lat0);
        double[] ix = new double[n];
        double[] iy = new double[n];
        double[] east = new double[n];
        double[] north = new double[n];
        for (int i = 0; i < n; i++) {
            PointPair p = pairs.get(i);
            ix[i] = p.imageX();
            iy[i] = p.imageY();
            east[i] = frame.east(p.lon());
            north[i] = frame.north(p.lat());
            if (Math.hypot(east[i], north[i]) > MAX_SPAN_METRES / 2) {
                throw new VideoInputException(FIELD + "[" + i + "]", String.format(Locale.ROOT,
                        "map point is %.0f m from the other pairs' centre; a camera calibration spans at most %.0f km",
                        Math.hypot(east[i], north[i]), MAX_SPAN_METRES / 1000));
            }
        }
        checkGeometry(ix, iy, "image", MIN_IMAGE_DISTANCE_PX, COLLINEAR_IMAGE_PX);
        checkGeometry(east, north, "map", MIN_MAP_DISTANCE_METRES, COLLINEAR_MAP_METRES);
        PlaneFit.Outcome outcome = PlaneFit.attempt(ix, iy, east, north);
        if (!outcome.ok()) {
            throw new VideoInputException(FIELD, outcome.problem() + suspect(ix, iy, east, north)
                    + "; check that each image point matches its map point");
        }
        return new Fit(outcome.imageToLocal(), frame, outcome.rmsErrorMetres());
    }

    /**
     * With 5 or more pairs, names the one pair whose removal lets the others fit best (a single
     * mistyped or mis-clicked pair is the usual cause), or "" when no single removal helps.
     */
    private static String suspect(double[] ix, double[] iy, double[] east, double[] north) {
        int n = ix.length;
        if (n <= MIN_PAIRS) {
            return "";
        }
        int best = -1;
        double bestRms = Double.POSITIVE_INFINITY;
        for (int leftOut = 0; leftOut < n; leftOut++) {
            double[][] rest = without(leftOut, ix, iy, east, north);
            if (!PointChecks.hasGeneralQuadruple(rest[0], rest[1], COLLINEAR_IMAGE_PX, COLLINEAR_RELATIVE)
                    || !PointChecks.hasGeneralQuadruple(rest[2], rest[3], COLLINEAR_MAP_METRES, COLLINEAR_RELATIVE)) {
                continue;
            }
            PlaneFit.Outcome outcome = PlaneFit.attempt(rest[0], rest[1], rest[2], rest[3]);
            if (outcome.ok() && outcome.rmsErrorMetres() < bestRms) {
                bestRms = outcome.rmsErrorMetres();
                best = leftOut;
            }
        }
        return best < 0 ? "" : String.format(Locale.ROOT,
                "; without %s[%d] the other pairs fit within %.2f m RMS, so that pair is probably wrong", FIELD, best,
                bestRms);
    }

    private static double[][] without(int leftOut, double[]... columns) {
        double[][] out = new double[columns.length][columns[0].length - 1];
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0, j = 0; i < columns[c].length; i++) {
                if (i != leftOut) {
                    out[c][j++] = columns[c][i];
                }
            }
        }
        return out;
    }

    private static void checkValues(List<PointPair> pairs) throws VideoInputException {
        if (pairs == null || pairs.size() < MIN_PAIRS) {
            throw new VideoInputException(FIELD, "a calibration needs at least " + MIN_PAIRS + " point pairs, got "
                    + (pairs == null ? 0 : pairs.size()));
        }
        if (pairs.size() > MAX_PAIRS) {
            throw new VideoInputException(FIELD, "a calibration takes at most " + MAX_PAIRS + " point pairs, got "
                    + pairs.size());
        }
        for (int i = 0; i < pairs.size(); i++) {
            PointPair p = pairs.get(i);
            String field = FIELD + "[" + i + "]";
            if (p == null) {
                throw new VideoInputException(field, "point pair is missing");
            }
            if (!Double.isFinite(p.imageX()) || !Double.isFinite(p.imageY())) {
                throw new VideoInputException(field, "image point must be finite, got (" + p.imageX() + ", "
                        + p.imageY() + ")");
            }
            if (!(p.lon() >= -180 && p.lon() <= 180)) {
                throw new VideoInputException(field + ".lon", "lon must be within [-180, 180], got " + p.lon());
            }
            if (!(p.lat() >= -85 && p.lat() <= 85)) {
                throw new VideoInputException(field + ".lat", "lat must be within [-85, 85], got " + p.lat());
            }
        }
    }

    private static void checkGeometry(double[] xs, double[] ys, String what, double minDistance, double collinearAbsolute)
            throws VideoInputException {
        Optional<int[]> duplicate = PointChecks.duplicate(xs, ys, minDistance);
        if (duplicate.isPresent()) {
            int[] d = duplicate.get();
            throw new VideoInputException(FIELD + "[" + d[1] + "]", "the same " + what + " point as " + FIELD + "["
                    + d[0] + "]");
        }
        if (xs.length == MIN_PAIRS) {
            Optional<int[]> triple = PointChecks.collinearTriple(xs, ys, collinearAbsolute, COLLINEAR_RELATIVE);
            if (triple.isPresent()) {
                int[] t = triple.get();
                throw new VideoInputException(FIELD, String.format(Locale.ROOT,
                        "%s points %s[%d], [%d] and [%d] lie (nearly) on one line; with 4 pairs no 3 may be collinear",
                        what, FIELD, t[0], t[1], t[2]));
            }
        } else if (!PointChecks.hasGeneralQuadruple(xs, ys, collinearAbsolute, COLLINEAR_RELATIVE)) {
            throw new VideoInputException(FIELD, "no 4 of the " + what
                    + " points are free of 3 (nearly) on one line; spread the points over the ground");
        }
    }
}
