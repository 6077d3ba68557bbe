package org.gridpatrol.video.internal;

import org.gridpatrol.testing.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;

/** What {@link ZoneCountHistory} promises, fed real EventAdmin events, against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ZoneCountHistoryContract {

    static final Instant MINUTE = Instant.parse("2026-05-01T08:00:00Z");
    static final String CAMERA = "RA-AY-001";

    private TestStores.OpenStore openStore;
    private final List<ZoneCountHistory> started = new ArrayList<>();
    private SettableClock clock;
    private ZoneCountHistory history;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        openStore = openStore();
    }

    @AfterAll
    void close() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        clock = new SettableClock(MINUTE.plus(Duration.ofMinutes(5)));
        history = start(Map.of());
        execute("DELETE FROM video_zone_count");
    }

    @AfterEach
    void stop() {
        started.forEach(ZoneCountHistory::deactivate);
        started.clear();
    }

    private ZoneCountHistory start(Map<String, ?> config) {
        return start(config, ZoneCountHistory.MAX_OPEN_BUCKETS);
    }

    private ZoneCountHistory start(Map<String, ?> config, int maxOpenBuckets) {
        ZoneCountHistory started = new ZoneCountHistory(openStore.store(), Configs.of(ZoneCountsConfig.class, config),
                clock, maxOpenBuckets);
        this.started.add(started);
        return started;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<ZoneCountBucket> stored(String camera) {
        return history.query(camera, null, Instant.EPOCH, MINUTE.plus(Duration.ofDays(400)), 1000);
    }

    private static Instant at(int minute, double seconds) {
        return MINUTE.plus(Duration.ofMinutes(minute)).plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void summarisesEventsPerCameraZoneAndMinute() {
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 2, 1.5, at(0, 5)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 5, 4.0, at(0, 20)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 3, at(0, 59.9)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 7, at(1, 0)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "exit", 1, at(0, 10)));
        history.handleEvent(ZoneCountEvents.count("RA-FY-001", "entrance", 9, 8.5, at(0, 30)));

        assertThat(history.writeEnded()).isEqualTo(4);

        List<ZoneCountBucket> buckets = stored(CAMERA);
        assertThat(buckets).extracting(ZoneCountBucket::zone, ZoneCountBucket::start)
                .containsExactly(tuple("entrance", at(0, 0)),
                        tuple("entrance", at(1, 0)),
                        tuple("exit", at(0, 0)));
        ZoneCountBucket first = buckets.get(0);
        assertThat(first.max()).isEqualTo(5);
        assertThat(first.mean()).isCloseTo((2 + 5 + 3) / 3.0, within(1e-9));
        assertThat(first.samples()).isEqualTo(3);
        assertThat(first.maxDensity()).isEqualTo(4.0);
        assertThat(buckets.get(1)).extracting(ZoneCountBucket::max, ZoneCountBucket::samples, ZoneCountBucket::maxDensity)
                .containsExactly(7, 1, null);
        assertThat(buckets.get(2).maxDensity()).as("no event of the exit carried a density").isNull();
        assertThat(stored("RA-FY-001")).singleElement().satisfies(other -> {
            assertThat(other.max()).isEqualTo(9);
            assertThat(other.maxDensity()).isEqualTo(8.5);
        });
        assertThat(history.query(CAMERA, "exit", Instant.EPOCH, at(10, 0), 10)).extracting(ZoneCountBucket::zone)
                .containsExactly("exit");
        assertThat(history.query(CAMERA, null, at(0, 30), at(1, 0), 10)).as("buckets starting in [from, to)").isEmpty();
        assertThat(history.pendingBuckets()).isZero();
    }

    @Test
    void writesABucketOnlyOnceItHasEndedAndTheDelayPassed() {
        clock.set(at(0, 30));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 4, at(0, 10)));

        assertThat(history.writeEnded()).isZero();
        clock.set(at(1, 0).plus(ZoneCountHistory.WRITE_DELAY).minusMillis(1));
        assertThat(history.writeEnded()).isZero();
        assertThat(stored(CAMERA)).isEmpty();
        assertThat(history.pendingBuckets()).isEqualTo(1);

        clock.set(at(1, 0).plus(ZoneCountHistory.WRITE_DELAY));
        assertThat(history.writeEnded()).isEqualTo(1);
        assertThat(stored(CAMERA)).extracting(ZoneCountBucket::max).containsExactly(4);
    }

    @Test
    void deactivationWritesTheOpenBuckets() {
        clock.set(at(0, 30));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 6, 2.5, at(0, 10)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 2, at(0, 20)));

        history.deactivate();
        started.remove(history);

        assertThat(stored(CAMERA)).singleElement().satisfies(bucket -> {
            assertThat(bucket.start()).isEqualTo(at(0, 0));
            assertThat(bucket.max()).isEqualTo(6);
            assertThat(bucket.mean()).isCloseTo(4.0, within(1e-9));
            assertThat(bucket.samples()).isEqualTo(2);
            assertThat(bucket.maxDensity()).isEqualTo(2.5);
        });
    }

    @Test
    void countsArrivingAfterTheirBucketWasWrittenAreMergedIntoIt() {
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 4, at(0, 10)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 6, at(0, 20)));
        history.writeEnded();
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 10, 3.0, at(0, 50)));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 1, at(0, 55)));
        history.writeEnded();
        // a restart inside the same minute: the next instance adds to the same row
        ZoneCountHistory restarted = start(Map.of());
        restarted.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 3, 2.0, at(0, 58)));
        restarted.writeEnded();

        assertThat(stored(CAMERA)).singleElement().satisfies(bucket -> {
            assertThat(bucket.max()).isEqualTo(10);
            assertThat(bucket.mean()).isCloseTo((4 + 6 + 10 + 1 + 3) / 5.0, within(1e-9));
            assertThat(bucket.samples()).isEqualTo(5);
            assertThat(bucket.maxDensity()).as("a lower density does not replace a higher one").isEqualTo(3.0);
        });
    }

    @Test
    void malformedEventsAreCountedAndDropped() {
        Event good = ZoneCountEvents.count(CAMERA, "entrance", 3, 1.0, at(0, 10));
        List<Event> bad = List.of(AlertEvents.with(good, "camera", null), AlertEvents.with(good, "zone", " "),
                AlertEvents.with(good, "time", "yesterday"), AlertEvents.with(good, "time", null),
                AlertEvents.with(good, "count", "many"), AlertEvents.with(good, "count", -1),
                AlertEvents.with(good, "count", 2.5), AlertEvents.with(good, "density", "high"),
                AlertEvents.with(good, "density", Double.NaN), AlertEvents.with(good, "camera", "x".repeat(65)));

        bad.forEach(history::handleEvent);
        history.handleEvent(good);
        history.writeEnded();

        assertThat(history.droppedEvents()).isEqualTo(bad.size());
        assertThat(stored(CAMERA)).singleElement().extracting(ZoneCountBucket::samples).isEqualTo(1);
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfBucketsInMemory() {
        ZoneCountHistory small = start(Map.of(), 3);
        for (int zone = 0; zone < 5; zone++) {
            small.handleEvent(ZoneCountEvents.count(CAMERA, "zone-" + zone, zone, at(0, 10)));
        }
        small.handleEvent(ZoneCountEvents.count(CAMERA, "zone-0", 8, at(0, 20)));

        assertThat(small.pendingBuckets()).isEqualTo(3);
        assertThat(small.droppedEvents()).isEqualTo(2);
        assertThat(small.writeEnded()).isEqualTo(3);
        assertThat(stored(CAMERA)).extracting(ZoneCountBucket::zone, ZoneCountBucket::samples)
                .containsExactly(tuple("zone-0", 2),
                        tuple("zone-1", 1),
                        tuple("zone-2", 1));
    }

    @Test
    void bucketsTheStoreRefusedAreKeptAndWrittenLater() throws SQLException {
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 5, at(0, 10)));
        execute("ALTER TABLE video_zone_count RENAME TO video_zone_count_away");
        try {
            assertThat(history.writeEnded()).isZero();
            assertThat(history.pendingBuckets()).isEqualTo(1);
            history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 9, at(0, 40)));
        } finally {
            execute("ALTER TABLE video_zone_count_away RENAME TO video_zone_count");
        }

        assertThat(history.writeEnded()).isEqualTo(1);
        assertThat(stored(CAMERA)).singleElement().satisfies(bucket -> {
            assertThat(bucket.max()).isEqualTo(9);
            assertThat(bucket.samples()).isEqualTo(2);
            assertThat(bucket.mean()).isCloseTo(7.0, within(1e-9));
        });
    }

    @Test
    void bucketLengthFollowsTheConfigurationAlignedToTheEpoch() {
        ZoneCountHistory tenSeconds = start(Map.of("bucketSeconds", 10));
        tenSeconds.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 1, at(0, 9.99)));
        tenSeconds.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 2, at(0, 10)));
        ZoneCountHistory hourly = start(Map.of("bucketSeconds", 3600));
        hourly.handleEvent(ZoneCountEvents.count(CAMERA, "exit", 3, MINUTE.minusSeconds(1)));
        hourly.handleEvent(ZoneCountEvents.count(CAMERA, "exit", 4, MINUTE));
        clock.set(MINUTE.plus(Duration.ofHours(2)));
        tenSeconds.writeEnded();
        hourly.writeEnded();

        assertThat(tenSeconds.bucketSeconds()).isEqualTo(10);
        assertThat(stored(CAMERA)).extracting(ZoneCountBucket::zone, ZoneCountBucket::start).containsExactly(
                tuple("entrance", at(0, 0)),
                tuple("entrance", at(0, 10)),
                tuple("exit", MINUTE.minus(Duration.ofHours(1))),
                tuple("exit", MINUTE));
    }

    @Test
    void deletesBucketsOlderThanTheRetentionAtActivationAndOnSchedule() {
        clock.set(MINUTE);
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 1, MINUTE.minus(Duration.ofDays(40))));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 2, MINUTE.minus(Duration.ofDays(29))));
        history.handleEvent(ZoneCountEvents.count(CAMERA, "entrance", 3, MINUTE.minus(Duration.ofDays(3))));
        history.writeEnded();

        assertThat(stored(CAMERA)).hasSize(3);
        ZoneCountHistory defaults = start(Map.of());
        assertThat(stored(CAMERA)).as("30 days by default, purged at activation").extracting(ZoneCountBucket::max)
                .containsExactly(2, 3);
        start(Map.of("retentionDays", 7));
        assertThat(stored(CAMERA)).extracting(ZoneCountBucket::max).containsExactly(3);
        clock.set(MINUTE.plus(Duration.ofDays(30)));
        assertThat(defaults.purgeExpired()).as("the daily run").isEqualTo(1);
        assertThat(stored(CAMERA)).isEmpty();
    }

    @Test
    void refusesConfigurationOutsideItsBounds() {
        for (int seconds : new int[] {9, 0, 3601}) {
            assertThatThrownBy(() -> start(Map.of("bucketSeconds", seconds))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bucketSeconds");
        }
        for (int days : new int[] {0, 3651}) {
            assertThatThrownBy(() -> start(Map.of("retentionDays", days))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("retentionDays");
        }
    }
}
