package org.gridpatrol.video.detect.internal;

/**
 * How a camera's density estimate calibrates itself: detections scoring at least
 * {@code calibrationScore} become samples once {@code warmupFrames} frames have taught the background;
 * the newest {@code maxSamples} are kept and the model is refitted every {@code refitEvery} samples.
 */
record DensitySettings(double calibrationScore, int warmupFrames, int maxSamples, int refitEvery) {

    static DensitySettings defaults() {
        return new DensitySettings(0.75, 20, 400, 10);
    }

    /** Throws IllegalArgumentException naming the first bad field. */
    DensitySettings {
        require(calibrationScore > 0 && calibrationScore < 1, "calibrationScore", "must be in (0, 1)");
        require(warmupFrames >= 0 && warmupFrames <= 10_000, "warmupFrames", "must be in [0, 10000]");
        require(maxSamples >= 5 && maxSamples <= 100_000, "maxSamples", "must be in [5, 100000]");
        require(refitEvery >= 1 && refitEvery <= maxSamples, "refitEvery", "must be in [1, maxSamples]");
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new IllegalArgumentException(field + " " + reason);
        }
    }
}
