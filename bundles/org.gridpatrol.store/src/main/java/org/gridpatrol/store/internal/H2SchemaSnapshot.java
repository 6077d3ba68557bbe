package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 commits the open transaction at every DDL statement, so a rollback cannot undo a failed
 * migration's CREATE TABLE or ALTER TABLE ADD COLUMN. This snapshot of the schema objects lets the
 * store drop what the failed migration created: tables, views, indexes, columns and sequences.
 * Drops, renames and data changes committed by a later DDL statement cannot be undone this way.
 */
final class H2SchemaSnapshot implements DialectSupport.MigrationUndo {

    private static final Logger LOG = LoggerFactory.getLogger(H2SchemaSnapshot.class);

    /** Kinds in the order their leftovers are dropped: a dropped table takes its indexes and columns along. */
    enum Kind { RELATION, INDEX, COLUMN, SEQUENCE }

    record SchemaObject(Kind kind, String schema, String table, String name, boolean view) {
    }

    private static final String USER_SCHEMA = " NOT IN ('INFORMATION_SCHEMA')";

    private final Set<SchemaObject> before;

    private H2SchemaSnapshot(Set<SchemaObject> before) {
        this.before = before;
    }

    static H2SchemaSnapshot capture(Connection connection) throws SQLException {
        return new H2SchemaSnapshot(objects(connection));
    }

    @Override
    public void undo(Connection connection) throws SQLException {
        Set<SchemaObject> after = objects(connection);
        Set<String> createdRelations = new HashSet<>();
        List<SchemaObject> created = after.stream()
                .filter(object -> !before.contains(object))
                .sorted(Comparator.comparing(SchemaObject::kind))
                .toList();
        try (Statement statement = connection.createStatement()) {
            for (SchemaObject object : created) {
                if (object.kind() == Kind.RELATION) {
                    createdRelations.add(object.schema() + "." + object.table());
                } else if (createdRelations.contains(object.schema() + "." + object.table())) {
                    continue;
                }
                String drop = dropStatement(object);
                try {
                    statement.execute(drop);
                    LOG.info("Undid part of a failed migration: {}", drop);
                } catch (SQLException e) {
                    LOG.warn("Could not undo part of a failed migration ({}): {}", drop, e.getMessage());
                }
            }
        }
    }

    private static String dropStatement(SchemaObject object) {
        String table = quote(object.schema()) + "." + quote(object.table());
        return switch (object.kind()) {
            case RELATION -> (object.view() ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ") + table + " CASCADE";
            case INDEX -> "DROP INDEX IF EXISTS " + quote(object.schema()) + "." + quote(object.name());
            case COLUMN -> "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + quote(object.name());
            case SEQUENCE -> "DROP SEQUENCE IF EXISTS " + quote(object.schema()) + "." + quote(object.name());
        };
    }

    private static Set<SchemaObject> objects(Connection connection) throws SQLException {
        Set<SchemaObject> objects = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            collect(statement, "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA" + USER_SCHEMA, Kind.RELATION, objects);
            collect(statement, "SELECT INDEX_SCHEMA, TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE INDEX_SCHEMA" + USER_SCHEMA + " AND INDEX_TYPE_NAME NOT IN ('PRIMARY KEY', 'UNIQUE INDEX')",
                    Kind.INDEX, objects);
            collect(statement, "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA" + USER_SCHEMA, Kind.COLUMN, objects);
            collect(statement, "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, SEQUENCE_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE SEQUENCE_SCHEMA" + USER_SCHEMA, Kind.SEQUENCE, objects);
        }
        return objects;
    }

    private static void collect(Statement statement, String query, Kind kind, Set<SchemaObject> into)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                into.add(new SchemaObject(kind, rows.getString(1), rows.getString(2), rows.getString(3),
                        "VIEW".equals(rows.getString(4))));
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
