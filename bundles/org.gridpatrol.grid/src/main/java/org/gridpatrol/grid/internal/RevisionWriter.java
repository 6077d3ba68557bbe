package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;

/**
 * Writes one revision on the caller's transaction: the revision row, one change row per unit (closing the
 * validity of the unit's previous row) and the new state of {@code grid_unit}. Checks nothing: callers
 * validate first.
 */
final class RevisionWriter {

    private static final int ROWS_PER_BATCH = 500;

    private static final String INSERT_REVISION =
            "INSERT INTO grid_revision (author, created_at, comment_text, reverted_id) VALUES (?, ?, ?, ?)";
    private static final String CLOSE_VALIDITY =
            "UPDATE grid_change SET valid_to = ? WHERE code = ? AND valid_to IS NULL";
    private static final String INSERT_CHANGE = "INSERT INTO grid_change (revision_id, seq, code, kind, "
            + "version_before, version_after, before_geom, after_geom, before_attrs, after_attrs, valid_from) "
            + "VALUES (?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, " + GridUnitRows.SRID + "), ST_GeomFromWKB(?, "
            + GridUnitRows.SRID + "), ?, ?, ?)";

    private RevisionWriter() {
    }

    /**
     * @param sinceAlways whether created units count as valid since always (seed data describes the territory
     *                    as it has been), rather than from {@code time}
     */
    static Revision write(Connection connection, String author, String comment, Long revertedId, Instant time,
            List<UnitChange> changes, boolean sinceAlways) throws SQLException {
        long id = insertRevision(connection, author, comment, revertedId, time);
        try (PreparedStatement close = connection.prepareStatement(CLOSE_VALIDITY);
                PreparedStatement change = connection.prepareStatement(INSERT_CHANGE);
                PreparedStatement delete = connection.prepareStatement(GridUnitRows.DELETE);
                PreparedStatement insert = connection.prepareStatement(GridUnitRows.INSERT)) {
            int seq = 0;
            int pending = 0;
            for (UnitChange unitChange : changes) {
                Instant validFrom = sinceAlways && unitChange.kind() == UnitChange.Kind.CREATED ? null : time;
                GridUnitRows.setInstant(close, 1, time);
                close.setString(2, unitChange.code());
                close.addBatch();
                bindChange(change, id, seq++, unitChange, validFrom);
                change.addBatch();
                delete.setString(1, unitChange.code());
                delete.addBatch();
                GridUnit after = unitChange.after();
                if (after != null) {
                    GridUnitRows.bindInsert(insert, after);
                    insert.setLong(8, unitChange.versionAfter());
                    GridUnitRows.setInstant(insert, 9, validFrom);
                    insert.addBatch();
                }
                if (++pending == ROWS_PER_BATCH) {
                    execute(close, change, delete, insert);
                    pending = 0;
                }
            }
            if (pending > 0) {
                execute(close, change, delete, insert);
            }
        }
        return new Revision(id, author, time, comment, revertedId, changes);
    }

    private static long insertRevision(Connection connection, String author, String comment, Long revertedId,
            Instant time) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REVISION, new String[] {"id"})) {
            insert.setString(1, author);
            GridUnitRows.setInstant(insert, 2, time);
            insert.setString(3, comment);
            if (revertedId == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, revertedId);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the revision insert returned no generated id");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void bindChange(PreparedStatement change, long revisionId, int seq, UnitChange unitChange,
            Instant validFrom) throws SQLException {
        change.setLong(1, revisionId);
        change.setInt(2, seq);
        change.setString(3, unitChange.code());
        change.setString(4, unitChange.kind().name());
        change.setLong(5, unitChange.versionBefore());
        change.setLong(6, unitChange.versionAfter());
        setGeometry(change, 7, unitChange.before());
        setGeometry(change, 8, unitChange.after());
        setText(change, 9, UnitAttributes.json(unitChange.before()));
        setText(change, 10, UnitAttributes.json(unitChange.after()));
        GridUnitRows.setInstant(change, 11, validFrom);
    }

    private static void setGeometry(PreparedStatement statement, int index, GridUnit unit) throws SQLException {
        if (unit == null) {
            statement.setNull(index, Types.VARBINARY);
        } else {
            statement.setBytes(index, GridUnitRows.wkb(unit.geometry()));
        }
    }

    private static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    /** Closes validities before inserting the new rows, and deletes units before inserting their new state. */
    private static void execute(PreparedStatement close, PreparedStatement change, PreparedStatement delete,
            PreparedStatement insert) throws SQLException {
        close.executeBatch();
        change.executeBatch();
        delete.executeBatch();
        insert.executeBatch();
    }
}
