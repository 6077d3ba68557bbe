package org.gridpatrol.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gridpatrol.store.internal.GridFixtures.BASE;
import static org.gridpatrol.store.internal.GridFixtures.GRID_UNITS;
import static org.gridpatrol.store.internal.GridFixtures.MODULE;
import static org.gridpatrol.store.internal.GridFixtures.NAME_INDEX;
import static org.gridpatrol.store.internal.GridFixtures.point;
import static org.gridpatrol.store.internal.GridFixtures.square;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.store.api.Dialect;
import org.gridpatrol.store.api.Migration;
import org.gridpatrol.store.api.StoreException;
import org.h2gis.api.Function;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The behaviour GridPatrol modules rely on, run unchanged against each dialect: the same migration SQL,
 * the same spatial queries, the same results.
 */
abstract class StoreContractTest {

    private final List<SpatialStoreComponent> opened = new ArrayList<>();
    protected SpatialStoreComponent store;

    /** A configuration pointing at a database (or schema) of this test alone; stable within one test. */
    protected abstract StoreConfig isolatedConfig();

    protected abstract Dialect expectedDialect();

    /** Makes the planner choose an index where it can, so that a tiny table still shows index use. */
    protected abstract void preferIndexes(Statement statement) throws SQLException;

    protected abstract boolean hasFunction(Connection connection, String name) throws SQLException;

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SpatialStoreComponent::close);
    }

    protected SpatialStoreComponent open() {
        SpatialStoreComponent component = new SpatialStoreComponent(isolatedConfig(), null);
        opened.add(component);
        return component;
    }

    @Test
    void migrateAppliesAndRecordsEachVersion() throws SQLException {
        store.migrate(MODULE, BASE);

        assertThat(store.dialect()).isEqualTo(expectedDialect());
        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT description, applied_at FROM schema_version WHERE module = 'test.grid' AND version = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("description")).isEqualTo("grid units");
            assertThat(rows.getObject("applied_at", OffsetDateTime.class)).isNotNull();
        }
    }

    @Test
    void migrationsAreIdempotentAndOnlyNewVersionsRun() throws SQLException {
        store.migrate(MODULE, List.of(GRID_UNITS));
        insertUnit("A", "第一网格", GridFixtures.triangle());
        store.migrate(MODULE, List.of(GRID_UNITS));
        store.migrate(MODULE, BASE);
        store.migrate(MODULE, BASE);

        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
        assertThat(codesWhere("1 = 1")).containsExactly("A");
    }

    @Test
    void workInATransactionIsCommittedWhenItReturns() throws SQLException {
        store.migrate(MODULE, List.of(GRID_UNITS));

        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM grid_unit");
            }
        });
        insertUnit("A", "第一网格", GridFixtures.triangle());
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE grid_unit SET name = '改名网格' WHERE code = 'A'");
            }
        });

        assertThat(codesWhere("name = '改名网格'")).containsExactly("A");
    }

    @Test
    void workThatFailsLeavesNothingWritten() throws SQLException {
        store.migrate(MODULE, List.of(GRID_UNITS));
        insertUnit("A", "第一网格", GridFixtures.triangle());

        assertThatThrownBy(() -> store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM grid_unit WHERE code = 'A'");
                statement.executeUpdate("INSERT INTO no_such_table VALUES (1)");
            }
        })).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM grid_unit WHERE code = 'A'");
            }
            throw new IllegalStateException("a bug half-way through a batch");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(codesWhere("1 = 1")).containsExactly("A");
        try (Connection connection = store.dataSource().getConnection()) {
            assertThat(connection.getAutoCommit()).as("pooled connections come back in auto-commit mode").isTrue();
        }
    }

    @Test
    void migrationsRunInVersionOrderWhateverTheListOrder() throws SQLException {
        store.migrate(MODULE, List.of(NAME_INDEX, GRID_UNITS));

        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
    }

    @Test
    void modulesHaveTheirOwnVersions() throws SQLException {
        store.migrate(MODULE, BASE);
        store.migrate("test.patrol", List.of(new Migration(1, "patrol log", "CREATE TABLE patrol_log (id BIGINT);")));

        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
        assertThat(appliedVersions("test.patrol")).containsExactly(1);
    }

    @Test
    void failedMigrationIsUndoneAndLaterOnesAreNotApplied() throws SQLException {
        store.migrate(MODULE, BASE);
        Migration halfDone = new Migration(3, "patrol log", """
                CREATE TABLE patrol_log (id BIGINT, unit_id BIGINT);
                CREATE INDEX patrol_log_unit ON patrol_log(unit_id);
                ALTER TABLE grid_unit ADD COLUMN note VARCHAR(50);
                CREATE INDEX grid_unit_updated ON grid_unit(updated_at);
                CREATE TABLE grid_unit (id BIGINT);
                """);
        Migration later = new Migration(4, "later", "CREATE TABLE later_table (id BIGINT);");

        assertThatThrownBy(() -> store.migrate(MODULE, List.of(GRID_UNITS, NAME_INDEX, halfDone, later)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("test.grid v3 (patrol log) failed at statement 5");

        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
        assertThat(tableExists("patrol_log")).isFalse();
        assertThat(tableExists("later_table")).isFalse();
        assertThat(columnExists("grid_unit", "note")).isFalse();
        Migration fixed = new Migration(3, "patrol log", halfDone.sql().replace("CREATE TABLE grid_unit (id BIGINT);", ""));
        store.migrate(MODULE, List.of(GRID_UNITS, NAME_INDEX, fixed, later));
        assertThat(appliedVersions(MODULE)).containsExactly(1, 2, 3, 4);
        assertThat(columnExists("grid_unit", "note")).isTrue();
    }

    @Test
    void failedDataMigrationChangesNoRow() throws SQLException {
        store.migrate(MODULE, BASE);
        insertUnit("A", "a", GridFixtures.triangle());
        Migration rename = new Migration(3, "rename units", """
                UPDATE grid_unit SET name = 'renamed';
                INSERT INTO grid_unit (code, name, geom, updated_at) VALUES ('A', 'duplicate code',
                    ST_GeomFromText('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))', 4490), CURRENT_TIMESTAMP);
                """);

        assertThatThrownBy(() -> store.migrate(MODULE, List.of(rename))).isInstanceOf(StoreException.class);

        assertThat(codesWhere("name = 'a'")).containsExactly("A");
        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
    }

    @Test
    void invalidMigrationListsAreRefusedBeforeTouchingTheDatabase() throws SQLException {
        Migration again = new Migration(1, "again", "CREATE TABLE x (id BIGINT);");

        assertThatThrownBy(() -> store.migrate(MODULE, List.of(GRID_UNITS, again)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
        assertThatThrownBy(() -> store.migrate(" ", BASE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(appliedVersions(MODULE)).isEmpty();
    }

    @Test
    void multiPolygonsRoundTripThroughWkb() throws SQLException, ParseException {
        store.migrate(MODULE, BASE);
        MultiPolygon stored = GridFixtures.twoPartsWithHole();
        insertUnit("A", "a", stored);

        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT ST_AsBinary(geom), ST_SRID(geom) FROM grid_unit WHERE code = 'A'")) {
            assertThat(rows.next()).isTrue();
            Geometry read = new WKBReader().read(rows.getBytes(1));
            assertThat(read).isInstanceOf(MultiPolygon.class);
            assertThat(read.equalsExact(stored)).as("read back %s", read).isTrue();
            assertThat(rows.getInt(2)).isEqualTo(GridFixtures.CGCS2000);
        }
    }

    @Test
    void containsHonoursHolesEdgesAndEveryPart() throws SQLException {
        store.migrate(MODULE, BASE);
        insertUnit("A", "two parts", GridFixtures.twoPartsWithHole());
        insertUnit("B", "triangle", GridFixtures.triangle());
        String contains = "geom && ST_GeomFromWKB(?, 4490) AND ST_Contains(geom, ST_GeomFromWKB(?, 4490))";
        String intersects = "geom && ST_GeomFromWKB(?, 4490) AND ST_Intersects(geom, ST_GeomFromWKB(?, 4490))";

        assertThat(codesWhere(contains, wkb(point(120.01, 28.01)), wkb(point(120.01, 28.01)))).containsExactly("A");
        assertThat(codesWhere(contains, wkb(point(120.25, 28.05)), wkb(point(120.25, 28.05)))).containsExactly("A");
        assertThat(codesWhere(contains, wkb(point(120.42, 28.02)), wkb(point(120.42, 28.02)))).containsExactly("B");
        assertThat(codesWhere(contains, wkb(point(120.05, 28.05)), wkb(point(120.05, 28.05)))).as("in the hole").isEmpty();
        assertThat(codesWhere(contains, wkb(point(120.00, 28.05)), wkb(point(120.00, 28.05)))).as("on the edge").isEmpty();
        assertThat(codesWhere(intersects, wkb(point(120.00, 28.05)), wkb(point(120.00, 28.05)))).containsExactly("A");
        assertThat(codesWhere(contains, wkb(point(121.5, 29.5)), wkb(point(121.5, 29.5)))).isEmpty();
    }

    @Test
    void bboxQueryNeedsTheExactTestAfterTheIndexTest() throws SQLException {
        store.migrate(MODULE, BASE);
        insertUnit("A", "two parts", GridFixtures.twoPartsWithHole());
        insertUnit("B", "triangle", GridFixtures.triangle());
        Object[] outsideTriangle = {120.47, 28.07, 120.49, 28.09};
        Object[] acrossBothPartsOfA = {120.09, 28.0, 120.21, 28.1};
        String bbox = "geom && ST_MakeEnvelope(?, ?, ?, ?, 4490)";
        String exact = bbox + " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4490))";

        assertThat(codesWhere(bbox, outsideTriangle)).containsExactly("B");
        assertThat(codesWhere(exact, twice(outsideTriangle))).isEmpty();
        assertThat(codesWhere(exact, twice(acrossBothPartsOfA))).containsExactly("A");
    }

    @Test
    void bboxQueryUsesTheSpatialIndex() throws SQLException {
        store.migrate(MODULE, BASE);
        insertUnit("A", "two parts", GridFixtures.twoPartsWithHole());
        StringBuilder plan = new StringBuilder();
        try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            preferIndexes(statement);
            try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT code FROM grid_unit"
                    + " WHERE geom && ST_MakeEnvelope(120.09, 28.0, 120.21, 28.1, 4490)"
                    + " AND ST_Intersects(geom, ST_MakeEnvelope(120.09, 28.0, 120.21, 28.1, 4490))")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
        }
        assertThat(plan.toString().toLowerCase(Locale.ROOT)).contains("grid_unit_geom");
    }

    @Test
    void columnRefusesOtherGeometryTypesAndSrids() throws SQLException {
        store.migrate(MODULE, BASE);

        assertThatThrownBy(() -> insertUnit("P", "plain polygon", square(120, 28, 120.1, 28.1)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> insertUnitWithSrid("W", GridFixtures.triangle(), 4326))
                .isInstanceOf(SQLException.class);
        assertThat(codesWhere("1 = 1")).isEmpty();
    }

    @Test
    void validityAreaEnvelopeAndUnionAgreeWithJts() throws SQLException, ParseException {
        store.migrate(MODULE, BASE);
        MultiPolygon west = GridFixtures.multi(square(120.0, 28.0, 120.1, 28.1));
        MultiPolygon east = GridFixtures.multi(square(120.1, 28.0, 120.2, 28.1));
        insertUnit("W", "west", west);
        insertUnit("E", "east", east);
        insertUnit("X", "bow tie", GridFixtures.bowTie());
        insertUnit("A", "two parts", GridFixtures.twoPartsWithHole());

        assertThat(codesWhere("ST_IsValid(geom)")).containsExactlyInAnyOrder("W", "E", "A");
        assertThat(singleDouble("SELECT ST_Area(geom) FROM grid_unit WHERE code = 'A'"))
                .isCloseTo(GridFixtures.twoPartsWithHole().getArea(), within(1e-12));
        assertThat(singleGeometry("SELECT ST_AsBinary(ST_Envelope(geom)) FROM grid_unit WHERE code = 'A'")
                .getEnvelopeInternal()).isEqualTo(GridFixtures.twoPartsWithHole().getEnvelopeInternal());
        Geometry expectedUnion = west.union(east);
        Geometry pairUnion = singleGeometry("SELECT ST_AsBinary(ST_Union(w.geom, e.geom))"
                + " FROM grid_unit w, grid_unit e WHERE w.code = 'W' AND e.code = 'E'");
        Geometry groupUnion = singleGeometry("SELECT ST_AsBinary(ST_Union(c)) FROM"
                + " (SELECT ST_Collect(geom) AS c FROM grid_unit WHERE code IN ('W', 'E')) collected");
        for (Geometry union : List.of(pairUnion, groupUnion)) {
            assertThat(union.getNumGeometries()).isEqualTo(expectedUnion.getNumGeometries());
            assertThat(union.getArea()).isCloseTo(expectedUnion.getArea(), within(1e-12));
            assertThat(union.symDifference(expectedUnion).getArea()).isLessThan(1e-12);
        }
        assertThat(singleDouble("SELECT ST_Area(ST_Buffer(ST_GeomFromText('POINT(120 28)', 4490), 0.01))"))
                .isCloseTo(point(120, 28).buffer(0.01).getArea(), within(1e-12));
    }

    @Test
    void timestampsTextAndGeneratedKeysRoundTrip() throws SQLException {
        store.migrate(MODULE, BASE);
        OffsetDateTime beijingNoon = OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.ofHours(8));
        long id;
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO grid_unit (code, name, geom, updated_at)"
                        + " VALUES (?, ?, ST_GeomFromWKB(?, 4490), ?)", new String[] {"id"})) {
            insert.setString(1, "ZJ-330302-001");
            insert.setString(2, "五马街道 第一网格");
            insert.setBytes(3, wkb(GridFixtures.triangle()));
            insert.setObject(4, beijingNoon);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                id = keys.getLong(1);
            }
        }
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT name, updated_at FROM grid_unit WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("name")).isEqualTo("五马街道 第一网格");
                assertThat(rows.getObject("updated_at", OffsetDateTime.class).toInstant()).isEqualTo(beijingNoon.toInstant());
            }
        }
    }

    @Test
    void reactivationKeepsTheData() throws SQLException {
        store.migrate(MODULE, BASE);
        insertUnit("A", "kept", GridFixtures.twoPartsWithHole());
        store.close();
        opened.remove(store);

        store = open();
        store.migrate(MODULE, BASE);

        assertThat(codesWhere("name = 'kept'")).containsExactly("A");
        assertThat(appliedVersions(MODULE)).containsExactly(1, 2);
    }

    @Test
    void concurrentCallersApplyEachVersionOnce() throws Exception {
        List<Callable<Void>> callers = new ArrayList<>();
        for (int caller = 0; caller < 6; caller++) {
            String module = "test.concurrent" + (caller % 2);
            callers.add(() -> {
                store.migrate(module, counterMigrations(module.replace('.', '_')));
                return null;
            });
        }

        runTogether(callers);

        for (int module = 0; module < 2; module++) {
            assertThat(appliedVersions("test.concurrent" + module)).containsExactly(1, 2, 3);
            assertThat(singleDouble("SELECT COUNT(*) FROM test_concurrent" + module)).isEqualTo(1.0);
        }
    }

    @Test
    void everyRegisteredH2gisFunctionExistsInThisDialect() throws SQLException {
        try (Connection connection = store.dataSource().getConnection()) {
            for (Function function : H2gisFunctions.portable()) {
                String name = H2GISFunctions.getAlias(function);
                assertThat(hasFunction(connection, name)).as(name).isTrue();
            }
        }
    }

    // ---- helpers shared with the dialect tests

    static List<Migration> counterMigrations(String table) {
        return List.of(
                new Migration(1, "table", "CREATE TABLE " + table + " (id BIGINT);"),
                new Migration(2, "column", "ALTER TABLE " + table + " ADD COLUMN note VARCHAR(10);"),
                new Migration(3, "row", "INSERT INTO " + table + " (id, note) VALUES (1, 'once');"));
    }

    static void runTogether(List<Callable<Void>> callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> caller : callers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return caller.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    protected List<Integer> appliedVersions(String module) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT version FROM schema_version WHERE module = ? ORDER BY version")) {
            query.setString(1, module);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
        }
        return versions;
    }

    private void insertUnit(String code, String name, Geometry geometry) throws SQLException {
        insertUnitWithSrid(code, geometry, GridFixtures.CGCS2000, name);
    }

    private void insertUnitWithSrid(String code, Geometry geometry, int srid) throws SQLException {
        insertUnitWithSrid(code, geometry, srid, code);
    }

    private void insertUnitWithSrid(String code, Geometry geometry, int srid, String name) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO grid_unit (code, name, geom, updated_at)"
                        + " VALUES (?, ?, ST_GeomFromWKB(?, " + srid + "), CURRENT_TIMESTAMP)")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setBytes(3, wkb(geometry));
            insert.executeUpdate();
        }
    }

    private List<String> codesWhere(String condition, Object... parameters) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT code FROM grid_unit WHERE " + condition + " ORDER BY code")) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    private double singleDouble(String sql) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getDouble(1);
        }
    }

    private Geometry singleGeometry(String sql) throws SQLException, ParseException {
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return new WKBReader().read(rows.getBytes(1));
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", null)) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)
                        && rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Object[] twice(Object[] values) {
        Object[] doubled = new Object[values.length * 2];
        System.arraycopy(values, 0, doubled, 0, values.length);
        System.arraycopy(values, 0, doubled, values.length, values.length);
        return doubled;
    }

    static byte[] wkb(Geometry geometry) {
        return new WKBWriter().write(geometry);
    }
}
