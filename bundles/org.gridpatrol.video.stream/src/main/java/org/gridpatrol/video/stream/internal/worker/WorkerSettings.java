package org.gridpatrol.video.stream.internal.worker;

import java.time.Duration;
import org.gridpatrol.video.stream.internal.ingest.SourceTimeouts;

/** How every camera worker runs, from the stream configuration. */
public record WorkerSettings(double defaultAnalysisFps, int queueCapacity, Duration initialBackoff,
        Duration maxBackoff, SourceTimeouts timeouts) {

    /** How long stopping waits for a thread: a blocked native read returns within the read timeout. */
    public Duration stopWait() {
        return Duration.ofMillis((long) (timeouts.readTimeoutSeconds() * 1000) + 2000);
    }
}
