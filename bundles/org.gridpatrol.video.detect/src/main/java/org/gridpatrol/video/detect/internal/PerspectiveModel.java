package org.gridpatrol.video.detect.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How big one person looks at each image row of one camera: expected box area in pixels as a linear
 * function of the foot row ({@code intercept + slope × row}, fitted from detections), and the share of
 * that box a moving person's foreground fills ({@code fill}, the median over the samples).
 */
public record PerspectiveModel(double intercept, double slope, double fill, double minArea) {

    /** One detection used for calibration: its foot row, box area and foreground share of the box. */
    public record Sample(double footRow, double boxArea, double foregroundShare) {
    }

    public PerspectiveModel {
        if (!(fill > 0 && fill <= 1) || !(minArea > 0) || !Double.isFinite(intercept) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("perspective model needs finite coefficients, fill in (0,1] and"
                    + " minArea > 0, got " + intercept + ", " + slope + ", " + fill + ", " + minArea);
        }
    }

    /** Least-squares fit; needs at least 5 samples spread over at least 20 rows. */
    public static PerspectiveModel fit(List<Sample> samples) {
        if (samples.size() < 5) {
            throw new IllegalArgumentException("calibration needs at least 5 detections, got " + samples.size());
        }
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double minRow = Double.MAX_VALUE;
        double maxRow = -Double.MAX_VALUE;
        for (Sample s : samples) {
            sx += s.footRow();
            sy += s.boxArea();
            sxx += s.footRow() * s.footRow();
            sxy += s.footRow() * s.boxArea();
            minRow = Math.min(minRow, s.footRow());
            maxRow = Math.max(maxRow, s.footRow());
        }
        if (maxRow - minRow < 20) {
            throw new IllegalArgumentException("calibration detections span only " + (maxRow - minRow) + " rows");
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        List<Double> shares = new ArrayList<>();
        samples.forEach(s -> shares.add(s.foregroundShare()));
        shares.sort(null);
        double fill = Math.max(0.05, Math.min(1, shares.get(shares.size() / 2)));
        double smallest = samples.stream().mapToDouble(Sample::boxArea).min().orElseThrow();
        return new PerspectiveModel(intercept, slope, fill, Math.max(16, smallest / 2));
    }

    /** Expected box area (pixels) of a person standing with the feet on {@code footRow}. */
    public double boxArea(double footRow) {
        return Math.max(minArea, intercept + slope * footRow);
    }

    /**
     * Per image row, the fraction of a person one foreground pixel on that row stands for. A pixel
     * belongs to a person whose feet are about half a body lower: use the area expected there.
     */
    public double[] rowWeights(int height) {
        double[] weights = new double[height];
        for (int row = 0; row < height; row++) {
            double halfBody = Math.sqrt(2.5 * boxArea(row)) / 2; // people are about 2.5 times taller than wide
            weights[row] = 1 / (fill * boxArea(Math.min(height - 1, row + halfBody)));
        }
        return weights;
    }
}
