package org.gridpatrol.video.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBWriter;

/** SQL and row mapping of table {@code camera}; zones and calibration are kept as JSON text. */
final class CameraRows {

    static final int SRID = 4490;

    static final String COLUMNS = "code, name, camera_type, ST_X(location) AS lon, ST_Y(location) AS lat, heading_deg, "
            + "fov_deg, range_m, mounting_height_m, main_url, sub_url, grid_code, detector, analysis_fps, enabled, "
            + "zones, calibration";

    static final String INSERT = "INSERT INTO camera (code, name, camera_type, location, heading_deg, fov_deg, range_m, "
            + "mounting_height_m, main_url, sub_url, grid_code, detector, analysis_fps, enabled, zones, calibration, "
            + "updated_at) VALUES (?, ?, ?, ST_GeomFromWKB(?, " + SRID + "), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "CURRENT_TIMESTAMP)";

    static final String DELETE = "DELETE FROM camera WHERE code = ?";

    private static final TypeReference<List<Zone>> ZONES = new TypeReference<>() { };
    private static final TypeReference<List<PointPair>> PAIRS = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), SRID);

    Camera read(ResultSet row) throws SQLException {
        String code = row.getString("code");
        return new Camera(code, row.getString("name"), CameraType.valueOf(row.getString("camera_type")),
                row.getDouble("lon"), row.getDouble("lat"), row.getDouble("heading_deg"), row.getDouble("fov_deg"),
                row.getDouble("range_m"), row.getDouble("mounting_height_m"), row.getString("main_url"),
                row.getString("sub_url"), row.getString("grid_code"), row.getString("detector"),
                row.getDouble("analysis_fps"), row.getBoolean("enabled"),
                fromJson(code, row.getString("zones"), ZONES), fromJson(code, row.getString("calibration"), PAIRS));
    }

    void bindInsert(PreparedStatement insert, Camera camera) throws SQLException {
        int i = 1;
        insert.setString(i++, camera.code());
        insert.setString(i++, camera.name());
        insert.setString(i++, camera.type().name());
        insert.setBytes(i++, new WKBWriter(2).write(geometries.createPoint(new Coordinate(camera.lon(), camera.lat()))));
        insert.setDouble(i++, camera.headingDeg());
        insert.setDouble(i++, camera.fieldOfViewDeg());
        insert.setDouble(i++, camera.rangeMetres());
        insert.setDouble(i++, camera.mountingHeightMetres());
        insert.setString(i++, camera.mainStreamUrl());
        setNullable(insert, i++, camera.subStreamUrl());
        setNullable(insert, i++, camera.gridCode());
        insert.setString(i++, camera.detector());
        insert.setDouble(i++, camera.analysisFps());
        insert.setBoolean(i++, camera.enabled());
        insert.setString(i++, toJson(camera.zones()));
        insert.setString(i, toJson(camera.calibration()));
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("records always serialise", impossible);
        }
    }

    private <T> T fromJson(String code, String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new StoreException("camera " + code + " holds unreadable JSON: " + unreadable.getOriginalMessage(),
                    unreadable);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
