package org.gridpatrol.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.store.api.Dialect;
import org.gridpatrol.store.api.Migration;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.store.api.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configured spatial database behind a connection pool. */
@Component(service = SpatialStore.class, configurationPid = StoreConfig.PID)
@Designate(ocd = StoreConfig.class)
public final class SpatialStoreComponent implements SpatialStore {

    private static final Logger LOG = LoggerFactory.getLogger(SpatialStoreComponent.class);

    private final DialectSupport dialect;
    private final HikariDataSource pool;
    private final Migrator migrator;

    @Activate
    public SpatialStoreComponent(StoreConfig config) {
        this(config, System.getProperty("karaf.data"));
    }

    SpatialStoreComponent(StoreConfig config, String karafData) {
        StoreSettings settings = settings(config, karafData);
        this.dialect = settings.dialect() == Dialect.H2GIS ? new H2gisSupport() : new PostgisSupport();
        this.pool = openPool(settings, dialect);
        try {
            try (Connection connection = pool.getConnection()) {
                dialect.prepare(connection);
            }
            this.migrator = new Migrator(pool, dialect);
            migrator.createVersionTable();
        } catch (SQLException | RuntimeException e) {
            pool.close();
            LOG.error("Spatial store not started: preparing {} failed: {}", settings, e.getMessage());
            throw e instanceof StoreException se ? se
                    : new StoreException("Preparing the " + settings.dialect() + " database failed", e);
        }
        LOG.info("Spatial store ready: {}", settings);
    }

    private static StoreSettings settings(StoreConfig config, String karafData) {
        try {
            return StoreSettings.from(config, karafData);
        } catch (IllegalArgumentException e) {
            LOG.error("Spatial store not started: configuration {} is invalid: {}", StoreConfig.PID, e.getMessage());
            throw e;
        }
    }

    private static HikariDataSource openPool(StoreSettings settings, DialectSupport dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gridpatrol-store");
        config.setDataSource(dialect.newDataSource(settings));
        config.setMaximumPoolSize(settings.maxPoolSize());
        // An idle connection keeps an H2 file database open instead of reopening it on every use.
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.error("Spatial store not started: cannot connect to {}: {}", StoreSettings.redact(settings.url()),
                    cause.getMessage());
            throw new StoreException("Cannot connect to " + StoreSettings.redact(settings.url()) + ": "
                    + cause.getMessage(), e);
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void inTransaction(Transaction work) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    @Override
    public Dialect dialect() {
        return dialect.dialect();
    }

    @Override
    public void migrate(String module, List<Migration> migrations) {
        migrator.migrate(module, migrations);
    }

    @Deactivate
    void close() {
        pool.close();
        LOG.info("Spatial store closed");
    }
}
