package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.GridHierarchy;
import org.gridpatrol.store.api.StoreException;

/**
 * The stored hierarchy as the topology validator reads it, on the connection of the edit's transaction so
 * that it sees what the transaction has locked: one indexed query per unit or per parent's children.
 */
final class StoreHierarchy implements GridHierarchy {

    private final Connection connection;

    StoreHierarchy(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<GridUnit> unit(String code) {
        List<GridUnit> found = select("code = ?", code);
        return found.stream().findFirst();
    }

    @Override
    public List<GridUnit> children(String parentCode) {
        return select("parent_code = ?", parentCode);
    }

    private List<GridUnit> select(String condition, String value) {
        String sql = "SELECT " + GridUnitRows.COLUMNS + " FROM grid_unit WHERE " + condition + " ORDER BY code";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            List<GridUnit> units = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    units.add(GridUnitRows.read(rows));
                }
            }
            return units;
        } catch (SQLException failed) {
            throw new StoreException("could not read grid units where " + condition + " " + value, failed);
        }
    }
}
