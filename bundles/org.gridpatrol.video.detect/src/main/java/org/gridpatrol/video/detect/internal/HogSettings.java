package org.gridpatrol.video.detect.internal;

/**
 * HOG people detection parameters. {@code upscale} enlarges the part of the frame above
 * {@code farBandBottom} (a fraction of the height; 1 = the whole frame) so people smaller than the
 * 64×128 window become detectable; the full frame is also searched at its own size for near people
 * unless the band covers it all.
 */
public record HogSettings(double upscale, double farBandBottom, double hitThreshold, int winStride, int padding,
        double scale, int groupThreshold, double nmsIou, double minScore, boolean grayscale, int threads) {

    /** OpenCV's own defaults, the baseline. */
    public static HogSettings opencvDefaults() {
        return new HogSettings(1.0, 1.0, 0.0, 8, 0, 1.05, 2, 0.45, 0.0, false, 2);
    }

    /** Tuned on vtest.avi for small, distant people (see the benchmark). */
    public static HogSettings tuned() {
        return new HogSettings(1.6, 1.0, 0.0, 8, 0, 1.3, 0, 0.35, 0.6, true, 2);
    }

    /** Throws IllegalArgumentException naming the first bad field. */
    public HogSettings {
        require(upscale >= 1 && upscale <= 4, "upscale", "must be in [1, 4]");
        require(farBandBottom > 0 && farBandBottom <= 1, "farBandBottom", "must be in (0, 1]");
        require(Double.isFinite(hitThreshold), "hitThreshold", "must be finite");
        require(winStride == 4 || winStride >= 8 && winStride <= 64 && winStride % 8 == 0, "winStride",
                "must be 4 or a multiple of 8 up to 64");
        require(padding >= 0 && padding <= 64, "padding", "must be in [0, 64]");
        require(scale > 1.0 && scale <= 2.0, "scale", "must be in (1, 2]");
        require(groupThreshold >= 0 && groupThreshold <= 10, "groupThreshold", "must be in [0, 10]");
        require(nmsIou > 0 && nmsIou <= 1, "nmsIou", "must be in (0, 1]");
        require(minScore >= 0 && minScore < 1, "minScore", "must be in [0, 1)");
        require(threads >= 1 && threads <= 64, "threads", "must be in [1, 64]");
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new IllegalArgumentException(field + " " + reason);
        }
    }
}
