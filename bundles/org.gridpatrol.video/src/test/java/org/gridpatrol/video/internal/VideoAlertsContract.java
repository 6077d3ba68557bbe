package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.VideoAlert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;

/** What {@link JdbcVideoAlerts} promises, fed real EventAdmin events, against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VideoAlertsContract {

    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private TestStores.OpenStore openStore;
    private Territory territory;
    private JdbcVideoAlerts alerts;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        openStore = openStore();
        territory = new Territory(openStore.store());
    }

    @AfterAll
    void close() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        alerts = newAlerts(30);
        execute("DELETE FROM video_alert");
    }

    @AfterEach
    void stop() {
        alerts.deactivate();
    }

    private JdbcVideoAlerts newAlerts(int retentionDays) {
        return new JdbcVideoAlerts(openStore.store(), territory.locator,
                Configs.of(AlertsConfig.class, Map.of("retentionDays", retentionDays)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** Every byte value, so a text-typed column or an encoding step would show. */
    private static byte[] jpegLike() {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 256);
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }

    @Test
    void followsAnAlertFromStartThroughUpdatesToEnd() {
        String id = id();
        Instant start = NOW.minusSeconds(120);

        alerts.handleEvent(AlertEvents.start(id, start, 6, Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT, jpegLike()));
        VideoAlert started = alerts.find(id).orElseThrow();
        alerts.handleEvent(AlertEvents.update(id, start.plusSeconds(30), 9));
        alerts.handleEvent(AlertEvents.update(id, start.plusSeconds(40), 7));
        alerts.handleEvent(AlertEvents.end(id, start.plusSeconds(90), 2));
        VideoAlert ended = alerts.find(id).orElseThrow();

        assertThat(started.endedAt()).isNull();
        assertThat(started.peakCount()).isEqualTo(6);
        assertThat(started.startedAt()).isEqualTo(start);
        assertThat(started.cameraCode()).isEqualTo("RA-AY-001");
        assertThat(started.zoneId()).isEqualTo("entrance");
        assertThat(started.kind()).isEqualTo(AlertKind.CROWD);
        assertThat(started.lon()).isCloseTo(Territory.IN_MICRO_LON, within(1e-9));
        assertThat(started.lat()).isCloseTo(Territory.IN_MICRO_LAT, within(1e-9));
        assertThat(started.gridCode()).as("located by the grid locator when the event names none")
                .isEqualTo(Territory.WEST_MICRO);
        assertThat(ended.peakCount()).isEqualTo(9);
        assertThat(ended.endedAt()).isEqualTo(start.plusSeconds(90));
        assertThat(ended.isAcknowledged()).isFalse();
        assertThat(alerts.snapshot(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(jpegLike()));
    }

    @Test
    void repeatedEventsChangeNothing() {
        String id = id();
        Event start = AlertEvents.start(id, NOW, 5, Double.NaN, Double.NaN, new byte[] {1, 2, 3});
        Event end = AlertEvents.end(id, NOW.plusSeconds(60), 5);

        alerts.handleEvent(start);
        alerts.handleEvent(AlertEvents.with(start, "snapshot", new byte[] {9}));
        alerts.handleEvent(end);
        alerts.handleEvent(AlertEvents.end(id, NOW.plusSeconds(600), 1));

        assertThat(alerts.recent(10)).hasSize(1);
        VideoAlert alert = alerts.find(id).orElseThrow();
        assertThat(alert.endedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(alert.peakCount()).isEqualTo(5);
        assertThat(alerts.snapshot(id)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
    }

    @Test
    void anUnlocatedAlertKeepsTheGridTheEventNames() {
        String id = id();

        alerts.handleEvent(AlertEvents.with(AlertEvents.start(id, NOW, 3, Double.NaN, Double.NaN, null),
                "grid", Territory.EAST_MICRO));

        VideoAlert alert = alerts.find(id).orElseThrow();
        assertThat(alert.lon()).isNaN();
        assertThat(alert.lat()).isNaN();
        assertThat(alert.gridCode()).isEqualTo(Territory.EAST_MICRO);
        assertThat(alerts.snapshot(id)).isEmpty();
    }

    @Test
    void anUpdateWhoseStartWasMissedStillRecordsTheAlert() {
        String id = id();

        alerts.handleEvent(AlertEvents.update(id, NOW, 8));
        alerts.handleEvent(AlertEvents.start(id, NOW.minusSeconds(5), 6, Double.NaN, Double.NaN, new byte[] {7}));

        VideoAlert alert = alerts.find(id).orElseThrow();
        assertThat(alert.peakCount()).isEqualTo(8);
        assertThat(alert.startedAt()).isEqualTo(NOW);
        assertThat(alerts.snapshot(id)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(7));
    }

    @Test
    void malformedEventsAreIgnored() {
        Event good = AlertEvents.start(id(), NOW, 4, Double.NaN, Double.NaN, null);

        for (Event bad : List.of(AlertEvents.with(good, "id", null), AlertEvents.with(good, "kind", "RIOT"),
                AlertEvents.with(good, "state", "paused"), AlertEvents.with(good, "count", "many"),
                AlertEvents.with(good, "time", "yesterday"), AlertEvents.with(good, "camera", " "),
                AlertEvents.with(good, "id", "x".repeat(65)))) {
            alerts.handleEvent(bad);
        }

        assertThat(alerts.recent(10)).isEmpty();
    }

    @Test
    void theFirstAcknowledgementIsKept() {
        String id = id();
        alerts.handleEvent(AlertEvents.start(id, NOW, 4, Double.NaN, Double.NaN, null));

        VideoAlert first = alerts.acknowledge(id, "patrol").orElseThrow();
        VideoAlert second = alerts.acknowledge(id, "dispatcher").orElseThrow();

        assertThat(first.acknowledgedBy()).isEqualTo("patrol");
        assertThat(first.acknowledgedAt()).isEqualTo(NOW);
        assertThat(second).isEqualTo(first);
        assertThat(alerts.acknowledge("no-such-alert", "patrol")).isEmpty();
        assertThat(alerts.find("no-such-alert")).isEmpty();
        assertThat(alerts.snapshot("no-such-alert")).isEmpty();
    }

    @Test
    void queriesByCameraGridAndAcknowledgementNewestFirst() {
        String old = id();
        String otherCamera = id();
        String inEast = id();
        alerts.handleEvent(AlertEvents.start(old, NOW.minusSeconds(300), 4, Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT, null));
        alerts.handleEvent(AlertEvents.with(AlertEvents.start(otherCamera, NOW.minusSeconds(200), 4, Double.NaN, Double.NaN,
                null), "camera", "RA-FY-001"));
        alerts.handleEvent(AlertEvents.start(inEast, NOW.minusSeconds(100), 4, 120.57, 27.75, null));
        alerts.acknowledge(inEast, "patrol");

        assertThat(alerts.recent(10)).extracting(VideoAlert::id).containsExactly(inEast, otherCamera, old);
        assertThat(alerts.recent(2)).extracting(VideoAlert::id).containsExactly(inEast, otherCamera);
        assertThat(alerts.query(new AlertFilter("RA-FY-001", null, false, 10))).extracting(VideoAlert::id)
                .containsExactly(otherCamera);
        assertThat(alerts.query(new AlertFilter(null, Territory.TOWN, false, 10))).extracting(VideoAlert::id)
                .containsExactly(inEast, old);
        assertThat(alerts.query(new AlertFilter(null, Territory.EAST_MICRO, false, 10))).extracting(VideoAlert::id)
                .containsExactly(inEast);
        assertThat(alerts.query(new AlertFilter(null, Territory.TOWN, true, 10))).extracting(VideoAlert::id)
                .containsExactly(old);
        assertThat(alerts.query(new AlertFilter(null, "3303810019", false, 10))).isEmpty();
    }

    @Test
    void deletesAlertsOlderThanTheRetentionAtActivationAndOnSchedule() {
        String expired = id();
        String kept = id();
        alerts.handleEvent(AlertEvents.start(expired, NOW.minus(Duration.ofDays(40)), 4, Double.NaN, Double.NaN, new byte[] {1}));
        alerts.handleEvent(AlertEvents.start(kept, NOW.minus(Duration.ofDays(29)), 4, Double.NaN, Double.NaN, null));

        assertThat(alerts.purgeExpired()).isEqualTo(1);
        assertThat(alerts.recent(10)).extracting(VideoAlert::id).containsExactly(kept);
        assertThat(alerts.snapshot(expired)).isEmpty();

        JdbcVideoAlerts shorter = newAlerts(7);
        try {
            assertThat(shorter.recent(10)).as("purged when activated with 7 days").isEmpty();
        } finally {
            shorter.deactivate();
        }
    }

    @Test
    void refusesARetentionOutsideItsBounds() {
        for (int days : new int[] {0, -1, 3651}) {
            assertThatThrownBy(() -> newAlerts(days)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("retentionDays");
        }
    }
}
