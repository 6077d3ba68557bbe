package org.gridpatrol.video.analysis.internal;

import java.util.Locale;

/**
 * One attempt at fitting the image-to-ground homography to point sets already checked for
 * duplicates and collinearity, with the physical checks a fit must pass: every calibration point
 * below the fitted horizon, no mirror image, and a reprojection error of at most
 * {@link #MAX_RMS_METRES}.
 */
public final class PlaneFit {

    public static final double MAX_RMS_METRES = 10;

    /** A fit ({@code problem} null) or why there is none. */
    public record Outcome(Homography imageToLocal, double rmsErrorMetres, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private PlaneFit() {
    }

    public static Outcome attempt(double[] ix, double[] iy, double[] east, double[] north) {
        Homography h = HomographyFit.fit(ix, iy, east, north).orElse(null);
        if (h == null) {
            return failed("the pairs do not determine a ground plane (degenerate fit)");
        }
        for (int i = 0; i < ix.length; i++) {
            if (!(h.denominator(ix[i], iy[i]) > 0)) {
                return failed("the fitted horizon runs through the calibration points");
            }
        }
        if (!(h.determinant() < 0)) {
            // Image y grows downwards and map north upwards, so a camera seeing the ground (not a
            // mirror image of it) always maps with a negative Jacobian determinant, det(H) / w³.
            return failed("the map points are a mirror image of the image points");
        }
        double sumSquares = 0;
        for (int i = 0; i < ix.length; i++) {
            double[] p = h.apply(ix[i], iy[i]);
            double error = Math.hypot(p[0] - east[i], p[1] - north[i]);
            sumSquares += error * error;
        }
        double rms = Math.sqrt(sumSquares / ix.length);
        if (!(rms <= MAX_RMS_METRES)) {
            return failed(String.format(Locale.ROOT,
                    "the pairs do not fit one ground plane: reprojection error %.1f m RMS (at most %.0f m)", rms,
                    MAX_RMS_METRES));
        }
        return new Outcome(h, rms, null);
    }

    private static Outcome failed(String problem) {
        return new Outcome(null, Double.NaN, problem);
    }
}
