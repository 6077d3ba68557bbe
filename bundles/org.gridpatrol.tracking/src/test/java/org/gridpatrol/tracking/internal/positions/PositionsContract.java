package org.gridpatrol.tracking.internal.positions;

import org.gridpatrol.testing.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.geo.internal.ChinaCoordinateConverter;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.IngestResult.Rejection;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.api.ReportedPosition;
import org.gridpatrol.tracking.internal.units.TrackingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What {@link JdbcPositions} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PositionsContract {

    private TestStores.OpenStore openStore;
    private TrackingFixture fixture;
    private final ChinaCoordinateConverter converter = new ChinaCoordinateConverter();
    private final List<JdbcPositions> opened = new ArrayList<>();
    private SettableClock clock;
    private RecordingStream stream;
    private JdbcPositions positions;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        openStore = openStore();
        fixture = new TrackingFixture(openStore.store());
        fixture.units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", "d2"),
                TrackingFixture.unit("P3", "d3")));
    }

    @AfterAll
    void close() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void empty() throws Exception {
        positions(Map.of()).close(); // creates the table on first use
        opened.clear();
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM unit_position");
        }
        clock = new SettableClock();
        stream = new RecordingStream();
        positions = positions(Map.of());
    }

    @AfterEach
    void stop() {
        opened.forEach(JdbcPositions::close);
        opened.clear();
    }

    private JdbcPositions positions(Map<String, Object> config) {
        JdbcPositions created = new JdbcPositions(openStore.store(), fixture.units, converter,
                Configs.of(PositionsConfig.class, config), clock == null ? new SettableClock() : clock);
        created.bindStream(stream == null ? new RecordingStream() : stream);
        opened.add(created);
        return created;
    }

    private Instant now() {
        return clock.instant();
    }

    private long storedRows() throws Exception {
        try (Connection fresh = openStore.store().dataSource().getConnection();
                Statement statement = fresh.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM unit_position")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void acceptedReportsAreCommittedWhenIngestReturns() throws Exception {
        Instant time = now().minusSeconds(30);

        IngestResult result = positions.ingest(List.of(Reports.at("d1", time)), "osmand");

        assertThat(result).isEqualTo(new IngestResult(1, List.of()));
        try (Connection fresh = openStore.store().dataSource().getConnection();
                PreparedStatement select = fresh.prepareStatement("SELECT unit_code, lon, lat, speed_kmh, battery_pct,"
                        + " channel, ST_X(location) AS x, ST_Y(location) AS y, ST_SRID(location) AS srid"
                        + " FROM unit_position");
                ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("unit_code")).isEqualTo("P1");
            assertThat(row.getDouble("lon")).isEqualTo(TrackingFixture.LON);
            assertThat(row.getDouble("x")).isEqualTo(TrackingFixture.LON);
            assertThat(row.getDouble("y")).isEqualTo(TrackingFixture.LAT);
            assertThat(row.getInt("srid")).isEqualTo(4490);
            assertThat(row.getDouble("speed_kmh")).isEqualTo(12.5);
            assertThat(row.getDouble("battery_pct")).isEqualTo(87);
            assertThat(row.getString("channel")).isEqualTo("osmand");
            assertThat(row.next()).isFalse();
        }
        Position expected = new Position("P1", time, TrackingFixture.LON, TrackingFixture.LAT, 12.5, 90, 15, 5, 87);
        assertThat(positions(Map.of()).latest("P1")).contains(expected);
        assertThat(stream.all()).containsExactly(expected);
    }

    @Test
    void oneBadReportNeverDropsTheGoodOnes() throws Exception {
        Instant time = now().minusSeconds(60);
        List<ReportedPosition> batch = List.of(
                Reports.at("d1", time),
                Reports.at("nobody", time),
                Reports.at("d2", time, 0, 0),
                Reports.at("d2", now().plusSeconds(301)),
                Reports.at("d2", now().minus(Duration.ofDays(31))),
                Reports.at("d2", time, 120.6, 91),
                Reports.at("d2", time, Double.NaN, 27.8),
                new ReportedPosition("d2", time, 120.6, 27.8, InputCrs.WGS84, -5, 0, 0, 0, 0),
                new ReportedPosition("d2", time, 120.6, 27.8, InputCrs.WGS84, 5, 0, 0, 0, 101),
                Reports.at(" ", time),
                Reports.at("d3", now().plusSeconds(299)));

        IngestResult result = positions.ingest(batch, "rest");

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejections()).extracting(Rejection::index, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "deviceId"), org.assertj.core.groups.Tuple.tuple(2, "lon"),
                org.assertj.core.groups.Tuple.tuple(3, "time"), org.assertj.core.groups.Tuple.tuple(4, "time"),
                org.assertj.core.groups.Tuple.tuple(5, "lat"), org.assertj.core.groups.Tuple.tuple(6, "lon"),
                org.assertj.core.groups.Tuple.tuple(7, "speedKmh"), org.assertj.core.groups.Tuple.tuple(8, "batteryPercent"),
                org.assertj.core.groups.Tuple.tuple(9, "deviceId"));
        assertThat(result.rejections().get(0).deviceId()).isEqualTo("nobody");
        assertThat(storedRows()).isEqualTo(2);
        assertThat(positions.byChannel()).containsEntry("rest", new IngestCounters.ChannelCount(2, 9));
    }

    @Test
    void lateReportsKeepTheirDeviceTimeAndTracksComeOldestFirst() {
        Instant t0 = now().minusSeconds(600);
        positions.ingest(List.of(Reports.at("d1", t0.plusSeconds(300), 120.63, 27.8)), "mqtt");
        positions.ingest(List.of(Reports.at("d1", t0.plusSeconds(200), 120.62, 27.8),
                Reports.at("d1", t0, 120.60, 27.8)), "mqtt");
        positions.ingest(List.of(Reports.at("d1", t0.plusSeconds(100), 120.61, 27.8)), "mqtt");

        List<Position> track = positions.track("P1", t0, now(), 100);

        assertThat(track).extracting(Position::time).containsExactly(t0, t0.plusSeconds(100), t0.plusSeconds(200),
                t0.plusSeconds(300));
        assertThat(track).extracting(Position::lon).containsExactly(120.60, 120.61, 120.62, 120.63);
        assertThat(positions.latest("P1")).map(Position::time).contains(t0.plusSeconds(300));
        assertThat(positions.track("P1", t0, now(), 2)).extracting(Position::time)
                .containsExactly(t0.plusSeconds(200), t0.plusSeconds(300));
        assertThat(positions.track("P1", t0.plusSeconds(50), t0.plusSeconds(150), 100)).extracting(Position::time)
                .containsExactly(t0.plusSeconds(100));
        assertThat(stream.batches().get(1)).extracting(Position::time).containsExactly(t0, t0.plusSeconds(200));
    }

    @Test
    void gcj02AndBd09PointsAreStoredInCgcs2000() throws Exception {
        Instant time = now().minusSeconds(10);
        LonLat gcj = converter.fromCgcs2000(new LonLat(TrackingFixture.LON, TrackingFixture.LAT), InputCrs.GCJ02);
        LonLat bd = converter.fromCgcs2000(new LonLat(TrackingFixture.LON, TrackingFixture.LAT), InputCrs.BD09);

        positions.ingest(List.of(Reports.bare("d1", time, gcj.lon(), gcj.lat(), InputCrs.GCJ02),
                Reports.bare("d2", time, bd.lon(), bd.lat(), InputCrs.BD09)), "rest");

        assertThat(gcj.lon() - TrackingFixture.LON).as("GCJ-02 offset in Rui'an").isGreaterThan(0.003);
        for (String unit : List.of("P1", "P2")) {
            Position stored = positions(Map.of()).latest(unit).orElseThrow();
            assertThat(stored.lon()).as(unit).isCloseTo(TrackingFixture.LON, within(1e-5));
            assertThat(stored.lat()).as(unit).isCloseTo(TrackingFixture.LAT, within(1e-5));
            assertThat(stored.speedKmh()).isNaN();
            assertThat(stored.batteryPercent()).isNaN();
        }
    }

    @Test
    void concurrentCallersAreAllCommittedAndStreamedOnce() throws Exception {
        JdbcPositions grouped = positions(Map.of("writerMaxRows", 40, "writerLingerMillis", 20));
        int threads = 8;
        int callsPerThread = 25;
        Instant base = now().minusSeconds(3600);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<IngestResult>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String device = "d" + (1 + t % 3);
            int thread = t;
            for (int call = 0; call < callsPerThread; call++) {
                int first = (thread * callsPerThread + call) * 3;
                results.add(pool.submit(() -> grouped.ingest(List.of(
                        Reports.at(device, base.plusMillis(first)), Reports.at(device, base.plusMillis(first + 1)),
                        Reports.at(device, base.plusMillis(first + 2))), "mqtt")));
            }
        }
        for (Future<IngestResult> result : results) {
            assertThat(result.get().accepted()).isEqualTo(3);
        }
        pool.shutdown();

        assertThat(storedRows()).isEqualTo(threads * callsPerThread * 3);
        assertThat(stream.all()).hasSize(threads * callsPerThread * 3).doesNotHaveDuplicates();
        assertThat(stream.batches()).allSatisfy(batch -> {
            assertThat(batch.size()).isLessThanOrEqualTo(40);
            List<Instant> times = batch.stream().map(Position::time).toList();
            List<Instant> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            assertThat(times).isEqualTo(sorted);
        });
        assertThat(grouped.byChannel().get("mqtt").accepted()).isEqualTo(threads * callsPerThread * 3);
    }

    @Test
    void aResentReportIsStoredAndStreamedOnce() throws Exception {
        ReportedPosition report = Reports.at("d1", now().minusSeconds(5));

        assertThat(positions.ingest(List.of(report), "osmand").accepted()).isEqualTo(1);
        assertThat(positions.ingest(List.of(report, report), "osmand").accepted()).isEqualTo(2);

        assertThat(storedRows()).isEqualTo(1);
        assertThat(stream.all()).hasSize(1);
    }

    @Test
    void aBatchOverTheMaximumIsRefusedWhole() throws Exception {
        JdbcPositions small = positions(Map.of("maxBatch", 2));
        Instant time = now().minusSeconds(5);

        assertThatIllegalArgumentException().isThrownBy(() -> small.ingest(List.of(Reports.at("d1", time),
                Reports.at("d1", time.plusMillis(1)), Reports.at("d1", time.plusMillis(2))), "rest"))
                .withMessageContaining("at most 2");
        assertThat(storedRows()).isZero();
    }

    @Test
    void theNewestPositionsSurviveARestartAndOlderOnesComeFromTheStore() {
        positions.ingest(List.of(Reports.at("d1", now().minus(Duration.ofHours(30))),
                Reports.at("d2", now().minus(Duration.ofHours(2))), Reports.at("d2", now().minus(Duration.ofHours(1))),
                Reports.at("d3", now().minusSeconds(60))), "rest");

        JdbcPositions restarted = positions(Map.of());

        assertThat(restarted.latest(now().minus(Duration.ofMinutes(15)))).extracting(Position::unitCode)
                .containsExactly("P3");
        assertThat(restarted.latest(now().minus(Duration.ofHours(3)))).extracting(Position::unitCode, Position::time)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("P2", now().minus(Duration.ofHours(1))),
                        org.assertj.core.groups.Tuple.tuple("P3", now().minusSeconds(60)));
        assertThat(restarted.latest(now().minus(Duration.ofDays(2)))).extracting(Position::unitCode)
                .containsExactlyInAnyOrder("P1", "P2", "P3");
        assertThat(restarted.latest("P1")).map(Position::time).contains(now().minus(Duration.ofHours(30)));
        assertThat(restarted.latest("P9")).isEmpty();
    }

    @Test
    void positionsPastTheRetentionPeriodAreDeleted() throws Exception {
        JdbcPositions weekly = positions(Map.of("retentionDays", 7));
        weekly.ingest(List.of(Reports.at("d1", now().minus(Duration.ofDays(6))), Reports.at("d1", now().minusSeconds(1))),
                "rest");

        clock.advance(Duration.ofDays(2));

        assertThat(weekly.purgeExpired()).isEqualTo(1);
        assertThat(storedRows()).isEqualTo(1);
        assertThat(weekly.purgeExpired()).isZero();
    }

    @Test
    void aFailingStreamDoesNotFailTheIngest() throws Exception {
        positions.bindStream(committed -> {
            throw new IllegalStateException("fence pipeline broken");
        });

        assertThat(positions.ingest(List.of(Reports.at("d1", now())), "rest").accepted()).isEqualTo(1);
        assertThat(storedRows()).isEqualTo(1);
    }
}
