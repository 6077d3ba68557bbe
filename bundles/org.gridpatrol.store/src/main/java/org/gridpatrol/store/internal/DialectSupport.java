package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.gridpatrol.store.api.Dialect;

/** What differs between the two databases; everything else is shared SQL. */
interface DialectSupport {

    Dialect dialect();

    /**
     * The vendor's own data source, created directly: in OSGi {@code DriverManager} does not see
     * driver bundles, so the pool gets a data source instead of a driver class name.
     */
    DataSource newDataSource(StoreSettings settings);

    /** Makes a fresh or existing database ready for spatial SQL; runs once per activation. */
    void prepare(Connection connection) throws SQLException;

    /** Rewrites one migration statement into this dialect. */
    String translate(String statement);

    /** Serialises migrations across processes; called first inside each migration transaction. */
    void lockMigrations(Connection connection) throws SQLException;

    /** Records what is needed to undo a migration that fails half way, where the database cannot. */
    MigrationUndo beforeMigration(Connection connection) throws SQLException;

    /** Reverts what a failed migration left behind after its transaction was rolled back. */
    @FunctionalInterface
    interface MigrationUndo {
        MigrationUndo NOTHING = connection -> { };

        void undo(Connection connection) throws SQLException;
    }
}
