package org.gridpatrol.video.analysis.internal;

import java.util.Optional;

/** Gaussian elimination with partial pivoting for the small dense systems of a homography fit. */
public final class LinearSolver {

    /** Relative pivot size below which the system is treated as singular. */
    private static final double SINGULAR = 1e-12;

    private LinearSolver() {
    }

    /** Solves {@code a x = b} (a is n x n, row-major arrays are copied); empty when singular. */
    public static Optional<double[]> solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            return Optional.empty();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) <= SINGULAR * scale) {
                return Optional.empty();
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return Optional.of(x);
    }
}
