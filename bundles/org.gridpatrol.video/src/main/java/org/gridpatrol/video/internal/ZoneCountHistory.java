package org.gridpatrol.video.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.video.api.VideoAlerts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the people counts posted on {@link VideoAlerts#TOPIC_ZONE_COUNT} as per-zone buckets of time
 * (max, mean, samples, max density) in table {@code video_zone_count}. Events are summed in memory
 * and ended buckets written in one batch every {@link #FLUSH_INTERVAL}, so EventAdmin's thread never
 * waits on the database; what is still open is written at deactivation. A bucket written twice (a
 * late event, a restart inside a minute) is merged, not duplicated.
 */
@Component(service = {ZoneCountLog.class, EventHandler.class}, configurationPid = ZoneCountsConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=" + VideoAlerts.TOPIC_ZONE_COUNT)
@Designate(ocd = ZoneCountsConfig.class)
public class ZoneCountHistory implements ZoneCountLog, EventHandler {

    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(10);
    /** An ended bucket waits this long before it is written, so that slightly late events still land in memory. */
    static final Duration WRITE_DELAY = Duration.ofSeconds(5);
    /** About 100 cameras x 20 zones x 5 buckets; beyond it, events for new buckets are dropped. */
    static final int MAX_OPEN_BUCKETS = 10_000;
    static final int MIN_BUCKET_SECONDS = 10;
    static final int MAX_BUCKET_SECONDS = 3600;

    private static final Logger LOG = LoggerFactory.getLogger(ZoneCountHistory.class);

    private final SpatialStore store;
    private final Clock clock;
    private final int bucketSeconds;
    private final int maxOpenBuckets;
    private final ZoneCountBuckets buckets;
    private final Retention retention;
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong overflowReported = new AtomicLong();
    private final Object writing = new Object();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gridpatrol-video-zone-counts");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ZoneCountHistory(@Reference SpatialStore store, ZoneCountsConfig config) {
        this(store, config, Clock.systemUTC(), MAX_OPEN_BUCKETS);
    }

    ZoneCountHistory(SpatialStore store, ZoneCountsConfig config, Clock clock, int maxOpenBuckets) {
        Duration kept = Retention.days(ZoneCountsConfig.PID, config.retentionDays());
        bucketSeconds = config.bucketSeconds();
        if (bucketSeconds < MIN_BUCKET_SECONDS || bucketSeconds > MAX_BUCKET_SECONDS) {
            LOG.error("{}: bucketSeconds must be from {} to {}, got {}", ZoneCountsConfig.PID, MIN_BUCKET_SECONDS,
                    MAX_BUCKET_SECONDS, bucketSeconds);
            throw new IllegalArgumentException("bucketSeconds must be from " + MIN_BUCKET_SECONDS + " to "
                    + MAX_BUCKET_SECONDS + ", got " + bucketSeconds);
        }
        this.store = store;
        this.clock = clock;
        this.maxOpenBuckets = maxOpenBuckets;
        this.buckets = new ZoneCountBuckets(Duration.ofSeconds(bucketSeconds), maxOpenBuckets);
        this.retention = new Retention(store, clock, kept, "video zone counts", ZoneCountRows.PURGE);
        store.migrate(VideoSchema.MODULE, VideoSchema.MIGRATIONS);
        retention.start();
        writer.scheduleWithFixedDelay(this::writeEndedQuietly, FLUSH_INTERVAL.toMillis(), FLUSH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the timer, then writes every bucket, the open ones included. */
    @Deactivate
    void deactivate() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The zone count writer did not stop within 30 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        retention.close();
        write(buckets.takeAll());
        if (buckets.size() > 0) {
            LOG.warn("{} zone count buckets lost: the store did not take them at shutdown", buckets.size());
        }
    }

    @Override
    public void handleEvent(Event event) {
        ZoneCountEvent count;
        try {
            count = ZoneCountEvent.of(event);
        } catch (IllegalArgumentException malformedEvent) {
            malformed.incrementAndGet();
            LOG.debug("Dropping a malformed zone count event: {}", malformedEvent.getMessage());
            return;
        }
        if (!buckets.add(count)) {
            overflowed.incrementAndGet();
            LOG.debug("Dropping the count of {}/{} at {}: {} buckets wait to be written", count.camera(), count.zone(),
                    count.time(), buckets.size());
        }
    }

    /** Writes the buckets that ended at least {@link #WRITE_DELAY} ago; returns how many. */
    int writeEnded() {
        return write(buckets.takeEndedBy(clock.instant().minus(WRITE_DELAY)));
    }

    /** Deletes the buckets older than the retention period, as the daily run does; returns how many. */
    int purgeExpired() {
        return retention.purgeExpired();
    }

    /** Events dropped so far: malformed, or for a new bucket while {@code maxOpenBuckets} were waiting. */
    long droppedEvents() {
        return malformed.get() + overflowed.get();
    }

    /** Buckets in memory, not written yet. */
    int pendingBuckets() {
        return buckets.size();
    }

    @Override
    public int bucketSeconds() {
        return bucketSeconds;
    }

    @Override
    public List<ZoneCountBucket> query(String camera, String zone, Instant from, Instant to, int limit) {
        try (Connection connection = store.dataSource().getConnection()) {
            return ZoneCountRows.read(connection, camera, zone, from, to, limit);
        } catch (SQLException failed) {
            throw new StoreException("could not read the zone counts of camera " + camera, failed);
        }
    }

    /** Writes a batch; on failure puts it back for the next run, as far as memory allows. */
    private int write(List<ZoneCountBucket> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        synchronized (writing) {
            try {
                store.inTransaction(connection -> ZoneCountRows.write(connection, batch));
                return batch.size();
            } catch (SQLException | RuntimeException failed) {
                int lost = buckets.putBack(batch);
                LOG.warn("{} zone count buckets not written, kept for the next try ({} lost for lack of room): {}",
                        batch.size(), lost, failed.getMessage(), failed);
                return 0;
            }
        }
    }

    private void writeEndedQuietly() {
        try {
            writeEnded();
        } catch (RuntimeException failed) {
            LOG.warn("Zone count buckets not written; trying again in {}", FLUSH_INTERVAL, failed);
        }
        long dropped = overflowed.get();
        long reported = overflowReported.getAndSet(dropped);
        if (dropped > reported) {
            LOG.warn("Dropped {} zone count events for new buckets: {} buckets were waiting to be written",
                    dropped - reported, maxOpenBuckets);
        }
    }
}
