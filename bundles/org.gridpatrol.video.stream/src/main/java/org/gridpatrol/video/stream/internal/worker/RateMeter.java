package org.gridpatrol.video.stream.internal.worker;

import java.util.ArrayDeque;

/** Events per second over a sliding window, e.g. decoded or analysed frames. Thread-safe. */
public final class RateMeter {

    private final long windowNanos;
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    public RateMeter(double windowSeconds) {
        this.windowNanos = (long) (windowSeconds * 1e9);
    }

    public synchronized void record(long nanoTime) {
        times.addLast(nanoTime);
        trim(nanoTime);
    }

    /** Events per second in the window ending at {@code nanoTime}. */
    public synchronized double rate(long nanoTime) {
        trim(nanoTime);
        return times.size() * 1e9 / windowNanos;
    }

    public synchronized void clear() {
        times.clear();
    }

    private void trim(long now) {
        while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
    }
}
