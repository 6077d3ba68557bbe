package org.gridpatrol.video.stream.internal.worker;

/**
 * Picks frames for analysis at a target rate from a stream decoded at its own rate: a frame is
 * taken when its due time has come; the due time then advances by one period (or jumps to now
 * when the stream stalled, so a burst after a stall is not all taken).
 */
public final class FrameSampler {

    private final long periodNanos;
    private long dueNanos = Long.MIN_VALUE;

    public FrameSampler(double framesPerSecond) {
        if (!(framesPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + framesPerSecond);
        }
        this.periodNanos = (long) (1e9 / framesPerSecond);
    }

    public boolean take(long nanoTime) {
        if (dueNanos != Long.MIN_VALUE && nanoTime - dueNanos < 0) {
            return false;
        }
        dueNanos = dueNanos == Long.MIN_VALUE || nanoTime - dueNanos > periodNanos
                ? nanoTime + periodNanos
                : dueNanos + periodNanos;
        return true;
    }
}
