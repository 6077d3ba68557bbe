package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.gridpatrol.store.api.Dialect;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded H2 with the H2GIS functions. H2 has the GEOMETRY(type, srid) column type, the {@code &&}
 * bounding-box operator and {@code CREATE SPATIAL INDEX} built in; H2GIS adds the ST_ functions.
 */
final class H2gisSupport implements DialectSupport {

    private static final Logger LOG = LoggerFactory.getLogger(H2gisSupport.class);

    @Override
    public Dialect dialect() {
        return Dialect.H2GIS;
    }

    @Override
    public DataSource newDataSource(StoreSettings settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return dataSource;
    }

    @Override
    public void prepare(Connection connection) throws SQLException {
        long start = System.nanoTime();
        int count = H2gisFunctions.register(connection);
        LOG.info("Registered {} H2GIS functions in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }

    /** Statements are H2 already; {@code CREATE SPATIAL INDEX} is native H2 syntax. */
    @Override
    public String translate(String statement) {
        return statement;
    }

    /** An H2 file database is opened by one process only; within it the store's own lock suffices. */
    @Override
    public void lockMigrations(Connection connection) {
        // nothing to do across processes
    }

    @Override
    public MigrationUndo beforeMigration(Connection connection) throws SQLException {
        return H2SchemaSnapshot.capture(connection);
    }
}
