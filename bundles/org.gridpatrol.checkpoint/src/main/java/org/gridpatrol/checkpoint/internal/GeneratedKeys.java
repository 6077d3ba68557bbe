package org.gridpatrol.checkpoint.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The identity an insert prepared with {@code new String[] {"id"}} generated; lower case for PostgreSQL. */
final class GeneratedKeys {

    private GeneratedKeys() {
    }

    static long single(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the insert returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
