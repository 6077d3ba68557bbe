package org.gridpatrol.tracking.internal.positions;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gridpatrol.tracking.api.Position;

/** The SQL of table {@code unit_position}, the same on H2GIS and PostGIS; absent values are SQL NULL. */
final class PositionRows {

    static final String COLUMNS = "unit_code, device_time, lon, lat, speed_kmh, bearing_deg, altitude_m, accuracy_m,"
            + " battery_pct";

    /** Inserts unless the unit already has a report at that time, so that a resent report is stored once. */
    static final String INSERT = "INSERT INTO unit_position (unit_code, device_time, received_at, lon, lat, location,"
            + " speed_kmh, bearing_deg, altitude_m, accuracy_m, battery_pct, channel)"
            + " SELECT ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4490), ?, ?, ?, ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM unit_position WHERE unit_code = ? AND device_time = ?)";

    static final String TRACK = "SELECT " + COLUMNS + " FROM unit_position WHERE unit_code = ? AND device_time >= ?"
            + " AND device_time <= ? ORDER BY device_time DESC LIMIT ?";

    static final String NEWEST_OF_UNIT = "SELECT " + COLUMNS + " FROM unit_position WHERE unit_code = ?"
            + " ORDER BY device_time DESC LIMIT 1";

    static final String NEWEST_SINCE = "SELECT p.unit_code, p.device_time, p.lon, p.lat, p.speed_kmh, p.bearing_deg,"
            + " p.altitude_m, p.accuracy_m, p.battery_pct FROM unit_position p JOIN (SELECT unit_code,"
            + " MAX(device_time) AS newest FROM unit_position WHERE device_time >= ? GROUP BY unit_code) n"
            + " ON p.unit_code = n.unit_code AND p.device_time = n.newest";

    static final String DELETE_OLDER_THAN = "DELETE FROM unit_position WHERE device_time < ?";

    private PositionRows() {
    }

    static void bindInsert(PreparedStatement insert, Position position, Instant receivedAt, String channel)
            throws SQLException {
        insert.setString(1, position.unitCode());
        setTime(insert, 2, position.time());
        setTime(insert, 3, receivedAt);
        insert.setDouble(4, position.lon());
        insert.setDouble(5, position.lat());
        insert.setBytes(6, pointWkb(position.lon(), position.lat()));
        setOptional(insert, 7, position.speedKmh());
        setOptional(insert, 8, position.bearingDeg());
        setOptional(insert, 9, position.altitudeMetres());
        setOptional(insert, 10, position.accuracyMetres());
        setOptional(insert, 11, position.batteryPercent());
        insert.setString(12, channel);
        insert.setString(13, position.unitCode());
        setTime(insert, 14, position.time());
    }

    /** A 2D point as little-endian WKB, written by hand: 21 bytes need no JTS writer per row. */
    static byte[] pointWkb(double lon, double lat) {
        return ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN).put((byte) 1).putInt(1).putDouble(lon)
                .putDouble(lat).array();
    }

    static Position read(ResultSet row) throws SQLException {
        return new Position(row.getString("unit_code"), row.getObject("device_time", OffsetDateTime.class).toInstant(),
                row.getDouble("lon"), row.getDouble("lat"), optional(row, "speed_kmh"), optional(row, "bearing_deg"),
                optional(row, "altitude_m"), optional(row, "accuracy_m"), optional(row, "battery_pct"));
    }

    static void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    private static void setOptional(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static double optional(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
