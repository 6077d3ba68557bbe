package org.gridpatrol.grid.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.store.api.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** SQL fragments and row mapping of {@code grid_unit}; geometry travels as 2D WKB in both dialects. */
final class GridUnitRows {

    static final int SRID = 4490;

    static final String COLUMNS =
            "code, name, level, parent_code, ST_AsBinary(geom) AS wkb, worker_name, worker_phone";

    /** {@link #COLUMNS} and the version with its start of validity. */
    static final String VERSIONED_COLUMNS = COLUMNS + ", version, valid_from";

    /** Parameters 1-7 bound by {@link #bindInsert}, then 8 the version and 9 the start of validity (nullable). */
    static final String INSERT = "INSERT INTO grid_unit "
            + "(code, name, level, parent_code, geom, worker_name, worker_phone, updated_at, version, valid_from) "
            + "VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, " + SRID + "), ?, ?, CURRENT_TIMESTAMP, ?, ?)";

    static final String DELETE = "DELETE FROM grid_unit WHERE code = ?";

    /** Sorts levels from the top down without relying on the text order of their ids. */
    static final String LEVEL_RANK = "CASE level WHEN 'county' THEN 0 WHEN 'town' THEN 1 "
            + "WHEN 'community' THEN 2 WHEN 'grid' THEN 3 ELSE 4 END";

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private GridUnitRows() {
    }

    static GridUnit read(ResultSet row) throws SQLException {
        String code = row.getString("code");
        String levelId = row.getString("level");
        AdminLevel level = AdminLevel.byId(levelId)
                .orElseThrow(() -> new StoreException("grid_unit " + code + " has unknown level " + levelId));
        String workerName = row.getString("worker_name");
        String workerPhone = row.getString("worker_phone");
        GridWorker worker = workerName == null && workerPhone == null ? null : new GridWorker(workerName, workerPhone);
        return new GridUnit(code, row.getString("name"), level, row.getString("parent_code"),
                multiPolygon(code, row.getBytes("wkb")), worker);
    }

    static VersionedUnit readVersioned(ResultSet row) throws SQLException {
        return new VersionedUnit(read(row), row.getLong("version"), instant(row, "valid_from"), null);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static void setInstant(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        }
    }

    static byte[] wkb(MultiPolygon geometry) {
        return geometry == null ? null : new WKBWriter(2).write(geometry);
    }

    static void bindInsert(PreparedStatement insert, GridUnit unit) throws SQLException {
        insert.setString(1, unit.code());
        insert.setString(2, unit.name());
        insert.setString(3, unit.level().id());
        insert.setString(4, unit.parentCode());
        insert.setBytes(5, new WKBWriter(2).write(unit.geometry()));
        GridWorker worker = unit.worker();
        setNullable(insert, 6, worker == null ? null : worker.name());
        setNullable(insert, 7, worker == null ? null : worker.phone());
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static MultiPolygon multiPolygon(String code, byte[] wkb) {
        if (wkb == null) {
            throw new StoreException("grid_unit " + code + " has no geometry");
        }
        try {
            Geometry geometry = new WKBReader(FACTORY).read(wkb);
            geometry.setSRID(SRID);
            return (MultiPolygon) geometry;
        } catch (ParseException | ClassCastException unreadable) {
            throw new StoreException("grid_unit " + code + " holds no readable multipolygon", unreadable);
        }
    }
}
