package org.gridpatrol.tracking.internal.units;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;

/** The SQL of table {@code patrol_unit}, the same on H2GIS and PostGIS. */
final class UnitRows {

    static final String SELECT_ALL = "SELECT code, name, kind, team, home_grid_code, phone, device_id, status"
            + " FROM patrol_unit";
    static final String DELETE = "DELETE FROM patrol_unit WHERE code = ?";
    static final String INSERT = "INSERT INTO patrol_unit (code, name, kind, team, home_grid_code, phone, device_id,"
            + " status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_STATUS = "UPDATE patrol_unit SET status = ?, updated_at = ? WHERE code = ?";

    private UnitRows() {
    }

    static List<PatrolUnit> readAll(Connection connection) throws SQLException {
        List<PatrolUnit> units = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ALL);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                units.add(new PatrolUnit(row.getString("code"), row.getString("name"),
                        UnitKind.valueOf(row.getString("kind")), row.getString("team"),
                        row.getString("home_grid_code"), row.getString("phone"), row.getString("device_id"),
                        UnitStatus.valueOf(row.getString("status"))));
            }
        }
        return units;
    }

    /**
     * Replaces by code: every old row first, then the new ones, so that units may swap device ids within one
     * batch without tripping the unique index. Runs in the caller's transaction.
     */
    static void replace(Connection connection, Collection<PatrolUnit> units, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PatrolUnit unit : units) {
                delete.setString(1, unit.code());
                delete.addBatch();
            }
            delete.executeBatch();
            for (PatrolUnit unit : units) {
                insert.setString(1, unit.code());
                insert.setString(2, unit.name());
                insert.setString(3, unit.kind().name());
                insert.setString(4, unit.team());
                insert.setString(5, unit.homeGridCode());
                insert.setString(6, unit.phone());
                insert.setString(7, unit.deviceId());
                insert.setString(8, unit.status().name());
                insert.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
