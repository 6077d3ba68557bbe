package org.gridpatrol.video.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the rows of one table that are older than a retention period: once when started, then once
 * a day on a thread of its own, so that a failed run only delays the cleanup by a day.
 */
final class Retention implements AutoCloseable {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 3650;

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final SpatialStore store;
    private final Clock clock;
    private final Duration period;
    private final String what;
    private final String deleteOlderThan;
    private final ScheduledExecutorService timer;

    /**
     * @param what the rows, for logs and the thread name, e.g. "video alerts"
     * @param deleteOlderThan a {@code DELETE} whose only parameter is the cutoff instant
     */
    Retention(SpatialStore store, Clock clock, Duration period, String what, String deleteOlderThan) {
        this.store = store;
        this.clock = clock;
        this.period = period;
        this.what = what;
        this.deleteOlderThan = deleteOlderThan;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gridpatrol-retention-" + what.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The retention configured under {@code pid}, or {@link IllegalArgumentException} (logged) when out of bounds. */
    static Duration days(String pid, int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            LOG.error("{}: retentionDays must be from {} to {}, got {}", pid, MIN_DAYS, MAX_DAYS, days);
            throw new IllegalArgumentException("retentionDays must be from " + MIN_DAYS + " to " + MAX_DAYS + ", got " + days);
        }
        return Duration.ofDays(days);
    }

    /** Purges now, then every day. */
    Retention start() {
        purgeQuietly();
        timer.scheduleAtFixedRate(this::purgeQuietly, 1, 1, TimeUnit.DAYS);
        return this;
    }

    /** Deletes the rows older than the retention period; returns how many. */
    int purgeExpired() {
        Instant cutoff = clock.instant().minus(period);
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(deleteOlderThan)) {
            SqlTimes.set(statement, 1, cutoff);
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                LOG.info("Deleted {} {} older than {}", deleted, what, cutoff);
            }
            return deleted;
        } catch (SQLException failed) {
            throw new StoreException("could not delete expired " + what, failed);
        }
    }

    private void purgeQuietly() {
        try {
            purgeExpired();
        } catch (RuntimeException failed) {
            LOG.warn("Expired {} not deleted; trying again in a day", what, failed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
