package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridpatrol.store.api.Dialect;
import org.gridpatrol.store.api.StoreException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PostgreSQL with the PostGIS extension; DDL is transactional, so a rollback undoes a failed migration. */
final class PostgisSupport implements DialectSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PostgisSupport.class);

    /** Advisory-lock key shared by every GridPatrol node migrating the same database ("GPstore1"). */
    static final long MIGRATION_LOCK_KEY = 0x4750_7374_6f72_6531L;

    @Override
    public Dialect dialect() {
        return Dialect.POSTGIS;
    }

    @Override
    public DataSource newDataSource(StoreSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.url());
        if (!settings.user().isEmpty()) {
            dataSource.setUser(settings.user());
        }
        if (!settings.password().isEmpty()) {
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    @Override
    public void prepare(Connection connection) throws SQLException {
        if (installedVersion(connection) == null) {
            createExtension(connection);
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT postgis_lib_version(), version()")) {
            rows.next();
            LOG.info("PostGIS {} on {}", rows.getString(1), rows.getString(2));
        }
    }

    private static void createExtension(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            // Another node may have created it at the same moment.
            if (installedVersion(connection) != null) {
                return;
            }
            throw new StoreException("The PostGIS extension is not available in database '" + connection.getCatalog()
                    + "' and could not be created (" + e.getMessage().strip() + "). Install it on the server"
                    + " (Debian: apt-get install postgresql-15-postgis-3) and run CREATE EXTENSION postgis"
                    + " as a superuser, or give this user the right to.", e);
        }
    }

    private static String installedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT extversion FROM pg_extension WHERE extname = 'postgis'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public String translate(String statement) {
        return MigrationSql.spatialIndexToGist(statement);
    }

    /** Held until the migration's transaction ends, so it cannot leak with a pooled connection. */
    @Override
    public void lockMigrations(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            statement.setLong(1, MIGRATION_LOCK_KEY);
            statement.executeQuery().close();
        }
    }

    @Override
    public MigrationUndo beforeMigration(Connection connection) {
        return MigrationUndo.NOTHING;
    }
}
