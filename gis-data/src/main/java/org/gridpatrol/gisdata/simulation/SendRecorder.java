package org.gridpatrol.gisdata.simulation;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters and latencies behind {@link SendStats}. */
final class SendRecorder {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private long[] latencies = new long[1024];
    private int latencyCount;

    void sent() {
        sent.incrementAndGet();
    }

    void accepted(long latencyNanos) {
        accepted.incrementAndGet();
        latency(latencyNanos);
    }

    void rejected(long latencyNanos) {
        rejected.incrementAndGet();
        latency(latencyNanos);
    }

    /** A rejection learnt of separately (MQTT), without a latency. */
    void rejected() {
        rejected.incrementAndGet();
    }

    void error() {
        errors.incrementAndGet();
    }

    private synchronized void latency(long nanos) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = nanos;
    }

    synchronized SendStats stats() {
        long[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        return new SendStats(sent.get(), accepted.get(), rejected.get(), errors.get(), percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
