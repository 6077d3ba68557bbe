package org.gridpatrol.video.stream.internal;

import java.time.Duration;
import java.util.Locale;
import org.gridpatrol.video.stream.internal.ingest.SourceTimeouts;
import org.gridpatrol.video.stream.internal.worker.WorkerSettings;

/** Checks {@link StreamConfig} at activation and turns it into worker settings; refuses nonsense with the key named. */
final class StreamSettings {

    private StreamSettings() {
    }

    static WorkerSettings validated(StreamConfig config) {
        double fps = within("defaultAnalysisFps", config.defaultAnalysisFps(), 0.1, 30);
        int capacity = (int) within("queueCapacity", config.queueCapacity(), 1, 8);
        double readTimeout = within("readTimeoutSeconds", config.readTimeoutSeconds(), 0.5, 120);
        double initial = within("initialBackoffSeconds", config.initialBackoffSeconds(), 0.1, 600);
        double max = within("maxBackoffSeconds", config.maxBackoffSeconds(), initial, 3600);
        String transport = config.rtspTransport().trim().toLowerCase(Locale.ROOT);
        if (!transport.equals("tcp") && !transport.equals("udp")) {
            throw new IllegalArgumentException("org.gridpatrol.video.stream: rtspTransport must be tcp or udp, got '"
                    + config.rtspTransport() + "'");
        }
        if (config.defaultDetector().isBlank()) {
            throw new IllegalArgumentException("org.gridpatrol.video.stream: defaultDetector must not be blank");
        }
        return new WorkerSettings(fps, capacity, seconds(initial), seconds(max), new SourceTimeouts(readTimeout, transport));
    }

    private static double within(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("org.gridpatrol.video.stream: " + key + " must be from " + min + " to "
                    + max + ", got " + value);
        }
        return value;
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
