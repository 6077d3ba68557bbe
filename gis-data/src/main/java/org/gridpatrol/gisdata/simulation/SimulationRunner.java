package org.gridpatrol.gisdata.simulation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives a simulator against a sender: simulated time runs {@code speedup} times as fast as real time
 * (infinite: as fast as reports can be sent), and at most {@code ratePerSecond} reports go out per second
 * (0: no limit).
 */
public final class SimulationRunner {

    /** What a run did. */
    public record Result(long reports, Duration simulated, Duration elapsed, SendStats stats) {

        public double throughputPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds == 0 ? 0 : stats.sent() / seconds;
        }
    }

    private static final Logger LOG = System.getLogger(SimulationRunner.class.getName());
    private static final long PROGRESS_NANOS = 10_000_000_000L;

    private final double speedup;
    private final double ratePerSecond;

    public SimulationRunner(double speedup, double ratePerSecond) {
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("speedup must be positive, got " + speedup);
        }
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("rate must not be negative, got " + ratePerSecond);
        }
        this.speedup = speedup;
        this.ratePerSecond = ratePerSecond;
    }

    /** Runs from the simulator's current time for {@code duration} of simulated time, then waits for answers. */
    public Result run(MovementSimulator simulator, PositionSender sender, Duration duration, Duration step)
            throws InterruptedException {
        Instant simulatedStart = simulator.now();
        Instant end = simulatedStart.plus(duration);
        long realStart = System.nanoTime();
        long nextProgress = realStart + PROGRESS_NANOS;
        long reports = 0;
        while (simulator.now().isBefore(end)) {
            Instant target = Double.isInfinite(speedup)
                    ? min(simulator.now().plus(step), end)
                    : min(simulatedStart.plusNanos((long) ((System.nanoTime() - realStart) * speedup)), end);
            List<PositionReport> due = simulator.advanceTo(target);
            for (PositionReport report : due) {
                pace(realStart, reports);
                sender.send(report);
                reports++;
            }
            if (due.isEmpty() && !Double.isInfinite(speedup)) {
                Thread.sleep(20);
            }
            if (System.nanoTime() > nextProgress) {
                nextProgress += PROGRESS_NANOS;
                LOG.log(Level.INFO, "simulated {0} of {1}: {2} reports sent",
                        Duration.between(simulatedStart, simulator.now()), duration, Long.toString(reports));
            }
        }
        SendStats stats = sender.finish();
        return new Result(reports, duration, Duration.ofNanos(System.nanoTime() - realStart), stats);
    }

    private void pace(long realStart, long sentSoFar) throws InterruptedException {
        if (ratePerSecond > 0) {
            long dueNanos = realStart + (long) (sentSoFar * 1e9 / ratePerSecond);
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
