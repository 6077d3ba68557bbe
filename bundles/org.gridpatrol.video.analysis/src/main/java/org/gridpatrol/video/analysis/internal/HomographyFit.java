package org.gridpatrol.video.analysis.internal;

import java.util.Optional;

/**
 * Normalised direct linear transform: both point sets are moved to their centroid and scaled to a
 * mean distance of sqrt(2) (Hartley), the 8 unknowns (h33 = 1) are solved by least squares through
 * the 8x8 normal equations, and the result is denormalised. h33 = 1 is safe after normalisation:
 * it is the denominator at the image points' centroid, which lies on the visible side of the
 * horizon whenever all calibration points do.
 */
public final class HomographyFit {

    private HomographyFit() {
    }

    /** Fits the map from {@code (sx, sy)} to {@code (tx, ty)}; empty when the system is singular. */
    public static Optional<Homography> fit(double[] sx, double[] sy, double[] tx, double[] ty) {
        int n = sx.length;
        double[] source = normalisation(sx, sy);
        double[] target = normalisation(tx, ty);
        double[][] normal = new double[8][8];
        double[] rhs = new double[8];
        double[] row = new double[8];
        for (int i = 0; i < n; i++) {
            double u = (sx[i] - source[1]) * source[0];
            double v = (sy[i] - source[2]) * source[0];
            double x = (tx[i] - target[1]) * target[0];
            double y = (ty[i] - target[2]) * target[0];
            fill(row, u, v, 1, 0, 0, 0, -u * x, -v * x);
            accumulate(normal, rhs, row, x);
            fill(row, 0, 0, 0, u, v, 1, -u * y, -v * y);
            accumulate(normal, rhs, row, y);
        }
        return LinearSolver.solve(normal, rhs).map(h -> {
            Homography normalised = new Homography(new double[] {h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1});
            return Homography.inverseSimilarity(target[0], target[1], target[2])
                    .times(normalised)
                    .times(Homography.similarity(source[0], source[1], source[2]));
        }).filter(Homography::isFinite);
    }

    /** {scale, centroidX, centroidY} taking the points to mean distance sqrt(2) from the origin. */
    private static double[] normalisation(double[] xs, double[] ys) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < xs.length; i++) {
            cx += xs[i];
            cy += ys[i];
        }
        cx /= xs.length;
        cy /= ys.length;
        double meanDistance = 0;
        for (int i = 0; i < xs.length; i++) {
            meanDistance += Math.hypot(xs[i] - cx, ys[i] - cy);
        }
        meanDistance /= xs.length;
        double scale = meanDistance > 0 ? Math.sqrt(2) / meanDistance : 1;
        return new double[] {scale, cx, cy};
    }

    private static void fill(double[] row, double... values) {
        System.arraycopy(values, 0, row, 0, row.length);
    }

    private static void accumulate(double[][] normal, double[] rhs, double[] row, double value) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                normal[i][j] += row[i] * row[j];
            }
            rhs[i] += row[i] * value;
        }
    }
}
