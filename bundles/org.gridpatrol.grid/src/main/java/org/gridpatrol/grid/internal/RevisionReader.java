package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.VersionedUnit;

/** Reads revisions, their changes and past versions of units from {@code grid_revision} and {@code grid_change}. */
final class RevisionReader {

    private static final String CHANGE_COLUMNS = "revision_id, code, kind, version_before, version_after, "
            + "ST_AsBinary(before_geom) AS before_wkb, ST_AsBinary(after_geom) AS after_wkb, before_attrs, "
            + "after_attrs, valid_from, valid_to";
    private static final String REVISION_COLUMNS = "id, author, created_at, comment_text, reverted_id";

    private final Connection connection;

    RevisionReader(Connection connection) {
        this.connection = connection;
    }

    /** The revision with all its changes. */
    Optional<Revision> revision(long id) throws SQLException {
        List<Revision> found = revisions("SELECT " + REVISION_COLUMNS + " FROM grid_revision WHERE id = ?",
                "SELECT " + CHANGE_COLUMNS + " FROM grid_change WHERE revision_id = ? ORDER BY seq", id, null);
        return found.stream().findFirst();
    }

    /** The revisions that touched {@code code}, oldest first, each with the change of that unit only. */
    List<Revision> history(String code) throws SQLException {
        return revisions("SELECT " + REVISION_COLUMNS + " FROM grid_revision WHERE id IN "
                + "(SELECT revision_id FROM grid_change WHERE code = ?) ORDER BY id",
                "SELECT " + CHANGE_COLUMNS + " FROM grid_change WHERE code = ? ORDER BY revision_id, seq", null, code);
    }

    /** Whether any revision changed {@code code}: one indexed row, not the history with its geometries. */
    boolean hasChanges(String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM grid_change WHERE code = ? LIMIT 1")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The version of {@code code} valid at {@code at}: the change row whose validity holds it or, before the
     * unit's first recorded change, the state that change started from (units stored before versioning).
     */
    Optional<VersionedUnit> at(String code, Instant at) throws SQLException {
        Optional<VersionedUnit> recorded = Optional.empty();
        Instant firstChange = null;
        VersionedUnit beforeFirst = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CHANGE_COLUMNS + " FROM grid_change WHERE code = ? ORDER BY version_after")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UnitChange change = change(rows);
                    Instant from = GridUnitRows.instant(rows, "valid_from");
                    Instant to = GridUnitRows.instant(rows, "valid_to");
                    if (firstChange == null && from != null) {
                        firstChange = from;
                        beforeFirst = change.before() == null ? null
                                : new VersionedUnit(change.before(), change.versionBefore(), null, from);
                    }
                    VersionedUnit version = change.after() == null ? null
                            : new VersionedUnit(change.after(), change.versionAfter(), from, to);
                    if (version != null && version.validAt(at)) {
                        recorded = Optional.of(version); // the latest valid one wins
                    }
                }
            }
        }
        if (recorded.isEmpty() && beforeFirst != null && beforeFirst.validAt(at)) {
            return Optional.of(beforeFirst);
        }
        return recorded;
    }

    private List<Revision> revisions(String revisionSql, String changeSql, Long id, String code) throws SQLException {
        Map<Long, List<UnitChange>> changes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(changeSql)) {
            bind(select, id, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.computeIfAbsent(rows.getLong("revision_id"), any -> new ArrayList<>()).add(change(rows));
                }
            }
        }
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(revisionSql)) {
            bind(select, id, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long revisionId = rows.getLong("id");
                    Long reverted = rows.getObject("reverted_id") == null ? null : rows.getLong("reverted_id");
                    revisions.add(new Revision(revisionId, rows.getString("author"),
                            GridUnitRows.instant(rows, "created_at"), rows.getString("comment_text"), reverted,
                            changes.getOrDefault(revisionId, List.of())));
                }
            }
        }
        return revisions;
    }

    private static void bind(PreparedStatement select, Long id, String code) throws SQLException {
        if (id != null) {
            select.setLong(1, id);
        } else {
            select.setString(1, code);
        }
    }

    private static UnitChange change(ResultSet row) throws SQLException {
        String code = row.getString("code");
        GridUnit before = unit(code, row.getString("before_attrs"), row.getBytes("before_wkb"));
        GridUnit after = unit(code, row.getString("after_attrs"), row.getBytes("after_wkb"));
        return new UnitChange(code, UnitChange.Kind.valueOf(row.getString("kind")), row.getLong("version_before"),
                row.getLong("version_after"), before, after);
    }

    private static GridUnit unit(String code, String attributes, byte[] wkb) {
        return attributes == null ? null : UnitAttributes.unit(code, attributes, GridUnitRows.multiPolygon(code, wkb));
    }
}
