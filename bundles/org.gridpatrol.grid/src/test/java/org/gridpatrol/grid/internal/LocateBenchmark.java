package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locate throughput on the county-size hierarchy (15,000 micro-grids): the in-memory
 * {@link IndexedGridLocator} against PostGIS {@code ST_Contains} over JDBC, on the same random
 * points, 1 and 2 threads, after a warm-up (system properties {@code bench.warmupMillis},
 * {@code bench.measureMillis}). Not a unit test; run from the project root with
 * {@code GRIDPATROL_TEST_POSTGIS_URL='jdbc:postgresql://127.0.0.1:5432/gridpatrol_grid_test?user=postgres'
 * mvn -B -P bench test -DskipTests -f bundles/org.gridpatrol.grid/pom.xml}. The benchmark works in a
 * schema of its own and drops it at the end.
 */
public final class LocateBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(LocateBenchmark.class);
    private static final String POSTGIS_LOCATE = "SELECT code FROM grid_unit WHERE level='micro-grid' "
            + "AND ST_Contains(geom, ST_SetSRID(ST_Point(?, ?),4490))";
    private static final int POINTS = 100_000;
    private static final long WARM_UP_MILLIS = Long.getLong("bench.warmupMillis", 3_000);
    private static final long MEASURE_MILLIS = Long.getLong("bench.measureMillis", 8_000);

    private LocateBenchmark() {
    }

    /** One way of locating: answers the micro-grid code for a point, or null. */
    private interface Locate {
        String code(double lon, double lat) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv(TestStores.POSTGIS_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(TestStores.POSTGIS_URL_VARIABLE + " must name a PostGIS database");
        }
        long started = System.nanoTime();
        List<GridUnit> county = Datasets.units(Size.COUNTY);
        LOG.info("generated {} units in {} ms", county.size(), millisSince(started));
        try (TestStores.OpenStore postgis = TestStores.postgis(url, "grid_test")) {
            JdbcGridUnits units = new JdbcGridUnits(postgis.store(), new JtsGeometryValidator(), new RecordingEventAdmin(),
                    GridUnitsContract.tolerance(0.05));
            started = System.nanoTime();
            units.save(county);
            LOG.info("validated and saved {} units into PostGIS in one batch in {} ms", county.size(), millisSince(started));
            analyze(postgis.store());
            started = System.nanoTime();
            IndexedGridLocator locator = new IndexedGridLocator(units);
            LOG.info("built the locator index in {} ms", millisSince(started));
            try {
                run(postgis.store(), locator, points(county.get(0).geometry().getEnvelopeInternal()));
            } finally {
                locator.deactivate();
            }
        }
    }

    private static void run(SpatialStore store, IndexedGridLocator locator, double[][] points) throws Exception {
        List<Connection> opened = new ArrayList<>();
        try {
            compare(store, locator, points, opened);
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private static void compare(SpatialStore store, IndexedGridLocator locator, double[][] points,
            List<Connection> opened) throws Exception {
        Locate inMemory = (lon, lat) -> locator.locate(lon, lat).map(GridChain::deepest).map(GridUnit::code).orElse(null);
        checkSameAnswers(postgis(store, opened), inMemory, points);
        double[] locatorOps = new double[3];
        double[] postgisOps = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            locatorOps[threads] = measure("IndexedGridLocator", threads, points, () -> inMemory);
            postgisOps[threads] = measure("PostGIS ST_Contains", threads, points, () -> postgis(store, opened));
        }
        for (int threads = 1; threads <= 2; threads++) {
            LOG.info(String.format("%d thread(s): locator %,.0f ops/s, PostGIS %,.0f ops/s, ratio locator/PostGIS %.1f",
                    threads, locatorOps[threads], postgisOps[threads], locatorOps[threads] / postgisOps[threads]));
        }
    }

    /** A PostGIS locate on a connection of its own, added to {@code opened} for closing. */
    private static Locate postgis(SpatialStore store, List<Connection> opened) throws SQLException {
        Connection connection = store.dataSource().getConnection();
        opened.add(connection);
        PreparedStatement statement = connection.prepareStatement(POSTGIS_LOCATE);
        return (lon, lat) -> {
            statement.setDouble(1, lon);
            statement.setDouble(2, lat);
            try (ResultSet rows = statement.executeQuery()) {
                String lowest = null;
                while (rows.next()) {
                    String code = rows.getString(1);
                    lowest = lowest == null || code.compareTo(lowest) < 0 ? code : lowest;
                }
                return lowest;
            }
        };
    }

    private interface LocateFactory {
        Locate create() throws Exception;
    }

    private static double measure(String name, int threads, double[][] points, LocateFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Locate locate = factory.create();
                int firstPoint = t * (points.length / threads);
                counts.add(pool.submit((Callable<Long>) () -> {
                    loop(locate, points, firstPoint, WARM_UP_MILLIS);
                    return loop(locate, points, firstPoint, MEASURE_MILLIS);
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            double opsPerSecond = total * 1000.0 / MEASURE_MILLIS;
            LOG.info(String.format("%-20s %d thread(s): %,.0f ops/s", name, threads, opsPerSecond));
            return opsPerSecond;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long loop(Locate locate, double[][] points, int firstPoint, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        long done = 0;
        int i = firstPoint;
        while (System.nanoTime() < end) {
            locate.code(points[i][0], points[i][1]);
            i = (i + 1) % points.length;
            done++;
        }
        return done;
    }

    private static void checkSameAnswers(Locate database, Locate inMemory, double[][] points) throws Exception {
        int found = 0;
        for (int i = 0; i < 2_000; i++) {
            String expected = database.code(points[i][0], points[i][1]);
            String actual = inMemory.code(points[i][0], points[i][1]);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                throw new IllegalStateException("locator and PostGIS disagree at " + points[i][0] + ", " + points[i][1]
                        + ": " + actual + " vs " + expected);
            }
            found += expected == null ? 0 : 1;
        }
        LOG.info("locator and PostGIS agree on 2,000 points ({} inside a micro-grid)", found);
    }

    private static double[][] points(Envelope county) {
        Random random = new Random(42);
        double[][] points = new double[POINTS][];
        for (int i = 0; i < POINTS; i++) {
            points[i] = new double[] {county.getMinX() + random.nextDouble() * county.getWidth(),
                county.getMinY() + random.nextDouble() * county.getHeight()};
        }
        return points;
    }

    private static void analyze(SpatialStore store) throws SQLException {
        try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE grid_unit");
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
