package org.gridpatrol.video.analysis.internal;

import java.util.Optional;

/** Geometric sanity checks on small point sets: duplicates and (near) collinear triples. */
public final class PointChecks {

    private PointChecks() {
    }

    /** The first pair of indices closer than {@code minDistance}, as {i, j}. */
    public static Optional<int[]> duplicate(double[] xs, double[] ys, double minDistance) {
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                if (Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < minDistance) {
                    return Optional.of(new int[] {i, j});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first triple {i, j, k} of which one point lies within {@code absolute} or
     * {@code relative} times the triple's longest side of the line through the other two.
     */
    public static Optional<int[]> collinearTriple(double[] xs, double[] ys, double absolute, double relative) {
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                for (int k = j + 1; k < xs.length; k++) {
                    if (collinear(xs, ys, i, j, k, absolute, relative)) {
                        return Optional.of(new int[] {i, j, k});
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some four points have no (near) collinear triple among them: enough to fix a homography. */
    public static boolean hasGeneralQuadruple(double[] xs, double[] ys, double absolute, double relative) {
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (collinearPair(xs, ys, i, j, absolute)) {
                    continue;
                }
                for (int k = j + 1; k < n; k++) {
                    if (collinear(xs, ys, i, j, k, absolute, relative)) {
                        continue;
                    }
                    for (int l = k + 1; l < n; l++) {
                        if (!collinear(xs, ys, i, j, l, absolute, relative)
                                && !collinear(xs, ys, i, k, l, absolute, relative)
                                && !collinear(xs, ys, j, k, l, absolute, relative)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean collinearPair(double[] xs, double[] ys, int i, int j, double absolute) {
        return Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < absolute;
    }

    static boolean collinear(double[] xs, double[] ys, int i, int j, int k, double absolute, double relative) {
        double twiceArea = Math.abs((xs[j] - xs[i]) * (ys[k] - ys[i]) - (ys[j] - ys[i]) * (xs[k] - xs[i]));
        double longest = Math.max(Math.hypot(xs[j] - xs[i], ys[j] - ys[i]),
                Math.max(Math.hypot(xs[k] - xs[i], ys[k] - ys[i]), Math.hypot(xs[k] - xs[j], ys[k] - ys[j])));
        if (longest == 0) {
            return true;
        }
        double heightOverLongest = twiceArea / longest;
        return heightOverLongest < absolute || heightOverLongest < relative * longest;
    }
}
