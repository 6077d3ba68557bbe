package org.gridpatrol.video.analysis.internal;

/** A 3x3 plane-to-plane projective map, row-major, immutable. */
public final class Homography {

    private final double[] h;

    public Homography(double[] rowMajor) {
        if (rowMajor.length != 9) {
            throw new IllegalArgumentException("a homography has 9 coefficients, got " + rowMajor.length);
        }
        this.h = rowMajor.clone();
    }

    /** The projective denominator at (x, y): positive on the side of the plane the map is valid on. */
    public double denominator(double x, double y) {
        return h[6] * x + h[7] * y + h[8];
    }

    /** Maps (x, y); returns {mappedX, mappedY, denominator}. The result is meaningless when the denominator is <= 0. */
    public double[] apply(double x, double y) {
        double w = denominator(x, y);
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w, w};
    }

    /** The numerators (before division) at (x, y). */
    public double numeratorX(double x, double y) {
        return h[0] * x + h[1] * y + h[2];
    }

    public double numeratorY(double x, double y) {
        return h[3] * x + h[4] * y + h[5];
    }

    public double determinant() {
        return h[0] * (h[4] * h[8] - h[5] * h[7]) - h[1] * (h[3] * h[8] - h[5] * h[6]) + h[2] * (h[3] * h[7] - h[4] * h[6]);
    }

    public Homography times(Homography right) {
        double[] r = right.h;
        double[] out = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                out[row * 3 + col] = h[row * 3] * r[col] + h[row * 3 + 1] * r[3 + col] + h[row * 3 + 2] * r[6 + col];
            }
        }
        return new Homography(out);
    }

    /** Translation by (-cx, -cy) then uniform scaling by {@code scale}. */
    public static Homography similarity(double scale, double cx, double cy) {
        return new Homography(new double[] {scale, 0, -scale * cx, 0, scale, -scale * cy, 0, 0, 1});
    }

    /** The inverse of {@link #similarity(double, double, double)}. */
    public static Homography inverseSimilarity(double scale, double cx, double cy) {
        return new Homography(new double[] {1 / scale, 0, cx, 0, 1 / scale, cy, 0, 0, 1});
    }

    public boolean isFinite() {
        for (double v : h) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
