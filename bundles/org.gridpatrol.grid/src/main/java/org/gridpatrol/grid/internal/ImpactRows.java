package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.gridpatrol.grid.api.ImpactReport;

/** The impact report of a revision in {@code grid_revision.impact_json}; null for revisions saved without one. */
final class ImpactRows {

    private ImpactRows() {
    }

    static void store(Connection connection, long revisionId, ImpactReport report) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE grid_revision SET impact_json = ? WHERE id = ?")) {
            update.setString(1, ImpactJson.write(report));
            update.setLong(2, revisionId);
            update.executeUpdate();
        }
    }

    static Optional<ImpactReport> read(Connection connection, long revisionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT impact_json FROM grid_revision WHERE id = ?")) {
            select.setLong(1, revisionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String json = rows.getString(1);
                return json == null ? Optional.empty() : Optional.of(ImpactJson.read(json));
            }
        }
    }
}
