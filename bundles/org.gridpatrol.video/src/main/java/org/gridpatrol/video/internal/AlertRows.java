package org.gridpatrol.video.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.VideoAlert;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBWriter;

/** SQL and row mapping of table {@code video_alert}; the same statements on H2GIS and PostGIS. */
final class AlertRows {

    static final String COLUMNS = "id, camera_code, zone_id, kind, started_at, ended_at, peak_count, "
            + "ST_X(location) AS lon, ST_Y(location) AS lat, grid_code, acknowledged_by, acknowledged_at";

    static final String INSERT = "INSERT INTO video_alert (id, camera_code, zone_id, kind, started_at, ended_at, "
            + "peak_count, location, grid_code, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, "
            + CameraRows.SRID + "), ?, ?)";

    private static final String RAISE_PEAK = "peak_count = CASE WHEN peak_count < ? THEN ? ELSE peak_count END";

    /** Start seen again (or after an update created the row): keep the first snapshot, raise the peak. */
    static final String ON_START = "UPDATE video_alert SET snapshot = COALESCE(snapshot, ?), " + RAISE_PEAK
            + " WHERE id = ?";
    static final String ON_UPDATE = "UPDATE video_alert SET " + RAISE_PEAK + " WHERE id = ?";
    /** The first end wins. */
    static final String ON_END = "UPDATE video_alert SET ended_at = COALESCE(ended_at, ?), " + RAISE_PEAK
            + " WHERE id = ?";

    static final String ACKNOWLEDGE = "UPDATE video_alert SET acknowledged_by = ?, acknowledged_at = ? "
            + "WHERE id = ? AND acknowledged_by IS NULL";

    static final String SNAPSHOT = "SELECT snapshot FROM video_alert WHERE id = ?";

    static final String PURGE = "DELETE FROM video_alert WHERE started_at < ?";

    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), CameraRows.SRID);

    VideoAlert read(ResultSet row) throws SQLException {
        return new VideoAlert(row.getString("id"), row.getString("camera_code"), row.getString("zone_id"),
                AlertKind.valueOf(row.getString("kind")), SqlTimes.get(row, "started_at"), SqlTimes.get(row, "ended_at"),
                row.getInt("peak_count"), coordinate(row, "lon"), coordinate(row, "lat"), row.getString("grid_code"),
                row.getString("acknowledged_by"), SqlTimes.get(row, "acknowledged_at"));
    }

    /** Binds {@link #INSERT} for an alert first seen through {@code event}, in its grid {@code grid}. */
    void bindInsert(PreparedStatement insert, AlertEvent event, String grid) throws SQLException {
        insert.setString(1, event.id());
        insert.setString(2, event.camera());
        insert.setString(3, event.zone());
        insert.setString(4, event.kind().name());
        SqlTimes.set(insert, 5, event.time());
        SqlTimes.set(insert, 6, event.state() == AlertEvent.State.END ? event.time() : null);
        insert.setInt(7, event.count());
        if (event.located()) {
            insert.setBytes(8, new WKBWriter(2).write(geometries.createPoint(new Coordinate(event.lon(), event.lat()))));
        } else {
            insert.setNull(8, Types.VARBINARY);
        }
        if (grid == null) {
            insert.setNull(9, Types.VARCHAR);
        } else {
            insert.setString(9, grid);
        }
        setBytes(insert, 10, event.snapshot());
    }

    /** Binds {@link #ON_START}, {@link #ON_UPDATE} or {@link #ON_END}, whichever suits the event's state. */
    static void bindChange(PreparedStatement change, AlertEvent event) throws SQLException {
        int i = 1;
        if (event.state() == AlertEvent.State.START) {
            setBytes(change, i++, event.snapshot());
        } else if (event.state() == AlertEvent.State.END) {
            SqlTimes.set(change, i++, event.time());
        }
        change.setInt(i++, event.count());
        change.setInt(i++, event.count());
        change.setString(i, event.id());
    }

    static String changeFor(AlertEvent event) {
        return switch (event.state()) {
            case START -> ON_START;
            case UPDATE -> ON_UPDATE;
            case END -> ON_END;
        };
    }

    private static void setBytes(PreparedStatement statement, int index, byte[] bytes) throws SQLException {
        if (bytes == null) {
            statement.setNull(index, Types.VARBINARY);
        } else {
            statement.setBytes(index, bytes);
        }
    }

    private static double coordinate(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
