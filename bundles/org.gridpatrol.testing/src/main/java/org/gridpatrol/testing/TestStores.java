package org.gridpatrol.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.gridpatrol.store.internal.SpatialStoreComponent;
import org.gridpatrol.store.internal.StoreConfig;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real stores for tests: H2GIS in a temporary folder, and PostGIS in a schema of its own when
 * {@code GRIDPATROL_TEST_POSTGIS_URL} names a database (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
 */
public final class TestStores {

    public static final String POSTGIS_URL_VARIABLE = "GRIDPATROL_TEST_POSTGIS_URL";
    public static final String REQUIRE_VARIABLE = "GRIDPATROL_REQUIRE_SERVICES";

    private static final Logger LOG = LoggerFactory.getLogger(TestStores.class);

    private TestStores() {
    }

    /** A store that is closed, and for PostGIS whose schema is dropped, by {@link #close()}. */
    public interface OpenStore extends AutoCloseable {
        SpatialStoreComponent store();

        @Override
        void close();
    }

    public static OpenStore h2gis(Path folder) {
        SpatialStoreComponent store = new SpatialStoreComponent(
                config("h2gis", "jdbc:h2:file:" + folder.toAbsolutePath().toString().replace('\\', '/') + "/store"));
        return new Opened(store, () -> closePool(store));
    }

    /** The configured PostGIS URL; skips the calling test (or fails it when services are required) without one. */
    public static String postgisUrlOrSkip() {
        String url = System.getenv(POSTGIS_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String reason = POSTGIS_URL_VARIABLE + " is not set; PostGIS contract tests skipped";
            if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
                Assertions.fail(reason + ", but " + REQUIRE_VARIABLE + "=true");
            }
            LOG.warn(reason);
            Assumptions.abort(reason);
        }
        return url.trim();
    }

    /**
     * PostGIS in a fresh schema, dropped on close, so that runs neither see nor disturb other data. The schema is
     * named {@code <schemaPrefix>_<hex>}, so that one a crashed run left behind tells which module made it.
     */
    public static OpenStore postgis(String url, String schemaPrefix) {
        String schema = schemaPrefix + "_" + Long.toHexString(System.nanoTime());
        execute(url, "CREATE EXTENSION IF NOT EXISTS postgis", "CREATE SCHEMA " + schema);
        String separator = url.contains("?") ? "&" : "?";
        SpatialStoreComponent store = new SpatialStoreComponent(
                config("postgis", url + separator + "currentSchema=" + schema + ",public"));
        return new Opened(store, () -> {
            closePool(store);
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        });
    }

    private record Opened(SpatialStoreComponent store, Runnable closing) implements OpenStore {
        @Override
        public void close() {
            closing.run();
        }
    }

    /** The component's deactivate method is not ours to call; closing its pool is what it does. */
    private static void closePool(SpatialStoreComponent store) {
        if (store.dataSource() instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception failed) {
                throw new IllegalStateException("could not close the store", failed);
            }
        }
    }

    private static void execute(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("PostGIS at " + url + " not usable: " + failed.getMessage(), failed);
        }
    }

    private static StoreConfig config(String dialect, String url) {
        return Configs.of(StoreConfig.class, Map.of("dialect", dialect, "url", url, "maxPoolSize", 4));
    }
}
