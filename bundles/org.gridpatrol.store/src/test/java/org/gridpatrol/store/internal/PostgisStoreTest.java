package org.gridpatrol.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.store.api.Dialect;
import org.gridpatrol.store.api.SpatialStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store contract on a real PostgreSQL/PostGIS server, named by GRIDPATROL_TEST_POSTGIS_URL, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/gridpatrol_test?user=postgres}. The database is created if
 * missing; every test works in a schema of its own, dropped afterwards.
 */
class PostgisStoreTest extends StoreContractTest {

    private static final String URL_VARIABLE = "GRIDPATROL_TEST_POSTGIS_URL";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]+)(.*)");

    private static final Logger LOG = LoggerFactory.getLogger(PostgisStoreTest.class);

    private static String serverUrl;
    private static String skipReason;
    private final String schema = "gp_test_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void requireServer() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String reason = URL_VARIABLE + " is not set, e.g. jdbc:postgresql://127.0.0.1:5432/gridpatrol_test?user=postgres";
            if (Boolean.parseBoolean(System.getenv("GRIDPATROL_REQUIRE_SERVICES"))) {
                fail("GRIDPATROL_REQUIRE_SERVICES=true but " + reason);
            }
            // Assumed per test (in isolatedConfig): Surefire drops class-level assumption messages.
            skipReason = "PostGIS tests skipped: " + reason;
            LOG.warn(skipReason);
            return;
        }
        createDatabaseIfMissing(url);
        try (Connection connection = dataSource(url).getConnection(); Statement statement = connection.createStatement()) {
            // In public, so that dropping a test schema never drops the extension.
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public");
        }
        serverUrl = url;
    }

    private static void createDatabaseIfMissing(String url) throws SQLException {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        assertThat(matcher.matches()).as("database name in " + url).isTrue();
        String database = matcher.group(2);
        try (Connection connection = dataSource(matcher.group(1) + "postgres" + matcher.group(3)).getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    connection.createStatement().execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        }
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    @Override
    protected StoreConfig isolatedConfig() {
        assumeTrue(serverUrl != null, skipReason);
        try (Connection connection = dataSource(serverUrl).getConnection()) {
            connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String separator = serverUrl.contains("?") ? "&" : "?";
        return ConfigValues.postgis(serverUrl + separator + "currentSchema=" + schema + ",public");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (serverUrl == null) {
            return;
        }
        try (Connection connection = dataSource(serverUrl).getConnection()) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.POSTGIS;
    }

    @Override
    protected void preferIndexes(Statement statement) throws SQLException {
        statement.execute("SET LOCAL enable_seqscan = off");
    }

    @Override
    protected boolean hasFunction(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM pg_proc WHERE proname = ?")) {
            query.setString(1, name.toLowerCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    @Test
    void spatialIndexIsAGistIndex() throws SQLException {
        store.migrate(GridFixtures.MODULE, GridFixtures.BASE);

        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = 'grid_unit_geom'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).containsIgnoringCase("USING gist (geom)");
            }
        }
    }

    /** Two GridPatrol nodes on one database: the advisory lock, not the JVM lock, keeps them apart. */
    @Test
    void twoStoresOnOneDatabaseApplyEachVersionOnce() throws Exception {
        List<SpatialStore> nodes = List.of(store, open(), open());
        List<Callable<Void>> callers = new ArrayList<>();
        for (SpatialStore node : nodes) {
            for (int i = 0; i < 2; i++) {
                callers.add(() -> {
                    node.migrate("test.nodes", counterMigrations("test_nodes"));
                    return null;
                });
            }
        }

        runTogether(callers);

        assertThat(appliedVersions("test.nodes")).containsExactly(1, 2, 3);
    }
}
