package org.gridpatrol.video.stream.internal;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until a deadline: a bound on how long a test may wait, never an assertion on speed. */
public final class Waits {

    private Waits() {
    }

    /** Waits until {@code condition} holds; fails with {@code what} and the last seen state otherwise. */
    public static void until(Duration limit, String what, Supplier<Boolean> condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        if (!condition.get()) {
            throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + "; last state: " + state.get());
        }
    }
}
