package org.gridpatrol.tracking.internal.fences;

import java.time.Duration;

import org.gridpatrol.tracking.fences.FenceRules;

/** The checked form of {@link FencePipelineConfig}. */
record PipelineSettings(FenceRules rules, int workers, int queueCapacity, Duration rebuildDelay) {

    /** @throws IllegalArgumentException naming the first configuration key out of range */
    static PipelineSettings of(FencePipelineConfig config) {
        int inertia = within("inertiaReports", config.inertiaReports(), 1, 100);
        double hysteresis = within("hysteresisMetres", config.hysteresisMetres(), 0, 1000);
        double dwellMinutes = config.dwellMinutes();
        if (!(dwellMinutes > 0 && dwellMinutes <= 1440)) {
            throw new IllegalArgumentException("dwellMinutes must be more than 0 and at most 1440, was " + dwellMinutes);
        }
        int workers = within("workers", config.workers(), 1, 64);
        int capacity = within("queueCapacity", config.queueCapacity(), 1, 1_000_000);
        long delay = (long) within("rebuildDelayMillis", config.rebuildDelayMillis(), 0, 60_000);
        Duration dwell = Duration.ofMillis(Math.round(dwellMinutes * 60_000));
        return new PipelineSettings(new FenceRules(inertia, hysteresis, dwell), workers, capacity,
                Duration.ofMillis(delay));
    }

    private static int within(String key, int value, int min, int max) {
        return (int) within(key, (double) value, min, max);
    }

    private static double within(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + " must be from " + format(min) + " to " + format(max)
                    + ", was " + format(value));
        }
        return value;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
