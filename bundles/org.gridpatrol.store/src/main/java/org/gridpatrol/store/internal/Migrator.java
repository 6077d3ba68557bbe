package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.gridpatrol.store.api.Migration;
import org.gridpatrol.store.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned migrations, one transaction each, recorded in {@code schema_version}. Callers in
 * this JVM queue on a lock; other processes sharing a PostGIS database queue on an advisory lock
 * taken inside each transaction, after which the version is checked again.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                module VARCHAR(100) NOT NULL,
                version INTEGER NOT NULL,
                description VARCHAR(500) NOT NULL,
                applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (module, version))""";

    private final DataSource dataSource;
    private final DialectSupport dialect;
    private final ReentrantLock lock = new ReentrantLock();

    Migrator(DataSource dataSource, DialectSupport dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    void createVersionTable() throws SQLException {
        lock.lock();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            dialect.lockMigrations(connection);
            statement.execute(VERSION_TABLE);
            connection.commit();
        } finally {
            lock.unlock();
        }
    }

    void migrate(String module, List<Migration> migrations) {
        List<Migration> ordered = validated(module, migrations);
        lock.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Migration migration : ordered) {
                apply(connection, module, migration);
            }
        } catch (SQLException e) {
            throw new StoreException("Migrations of module " + module + " could not run: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void apply(Connection connection, String module, Migration migration) throws SQLException {
        dialect.lockMigrations(connection);
        if (isApplied(connection, module, migration.version())) {
            connection.commit();
            return;
        }
        DialectSupport.MigrationUndo undo = dialect.beforeMigration(connection);
        List<String> statements = MigrationSql.split(migration.sql());
        int index = 0;
        String current = "";
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                index++;
                current = sql;
                statement.execute(dialect.translate(sql));
            }
            current = "(recording the version)";
            record(connection, module, migration);
            connection.commit();
        } catch (SQLException e) {
            rollbackAndUndo(connection, undo, e);
            LOG.error("Migration {} v{} ({}) failed at statement {} of {} and was rolled back: {}", module,
                    migration.version(), migration.description(), index, statements.size(), e.getMessage());
            throw new StoreException("Migration " + module + " v" + migration.version() + " ("
                    + migration.description() + ") failed at statement " + index + " [" + abbreviate(current)
                    + "]: " + e.getMessage(), e);
        }
        LOG.info("Applied migration {} v{} ({})", module, migration.version(), migration.description());
    }

    private static void rollbackAndUndo(Connection connection, DialectSupport.MigrationUndo undo, SQLException failure) {
        try {
            connection.rollback();
            undo.undo(connection);
            connection.commit();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean isApplied(Connection connection, String module, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM schema_version WHERE module = ? AND version = ?")) {
            query.setString(1, module);
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void record(Connection connection, String module, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version"
                + " (module, version, description, applied_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, module);
            insert.setInt(2, migration.version());
            insert.setString(3, migration.description());
            insert.executeUpdate();
        }
    }

    private static List<Migration> validated(String module, List<Migration> migrations) {
        if (module == null || module.isBlank() || module.length() > 100) {
            throw new IllegalArgumentException("module must be 1 to 100 characters, got '" + module + "'");
        }
        Set<Integer> versions = new HashSet<>();
        for (Migration migration : migrations) {
            if (migration.version() < 1 || !versions.add(migration.version())) {
                throw new IllegalArgumentException("Module " + module + ": migration versions must be unique and"
                        + " at least 1, got " + migration.version());
            }
            if (migration.description() == null || migration.description().length() > 500 || migration.sql() == null) {
                throw new IllegalArgumentException("Module " + module + " v" + migration.version()
                        + ": description (up to 500 characters) and sql are required");
            }
        }
        return migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
    }

    private static String abbreviate(String sql) {
        String line = sql.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
