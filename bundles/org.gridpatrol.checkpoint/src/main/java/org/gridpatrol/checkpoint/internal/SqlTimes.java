package org.gridpatrol.checkpoint.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns as {@link OffsetDateTime}, the type both
 * the H2 and the PostgreSQL driver map that column to whatever the session's time zone.
 */
final class SqlTimes {

    private SqlTimes() {
    }

    static void set(PreparedStatement statement, int index, Instant time) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    static Instant get(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
