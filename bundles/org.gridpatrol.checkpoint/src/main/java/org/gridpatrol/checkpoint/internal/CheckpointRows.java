package org.gridpatrol.checkpoint.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.store.api.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** SQL and row mapping of table {@code checkpoint}; geometries travel as WKB. */
final class CheckpointRows {

    static final int SRID = 4490;

    static final String SELECT = "SELECT code, name, level, shape, ST_AsBinary(location) AS location_wkb, "
            + "ST_AsBinary(outline) AS outline_wkb, size_m, ST_AsBinary(fence) AS fence_wkb FROM checkpoint";

    /** Parameters in the order of {@link #bind}: the code last. */
    static final String UPDATE = "UPDATE checkpoint SET name = ?, level = ?, shape = ?, "
            + "location = ST_GeomFromWKB(?, " + SRID + "), outline = ST_GeomFromWKB(?, " + SRID + "), size_m = ?, "
            + "fence = ST_GeomFromWKB(?, " + SRID + "), updated_at = CURRENT_TIMESTAMP WHERE code = ?";

    static final String INSERT = "INSERT INTO checkpoint (name, level, shape, location, outline, size_m, fence, "
            + "updated_at, code) VALUES (?, ?, ?, ST_GeomFromWKB(?, " + SRID + "), ST_GeomFromWKB(?, " + SRID + "), "
            + "?, ST_GeomFromWKB(?, " + SRID + "), CURRENT_TIMESTAMP, ?)";

    static final String DELETE = "DELETE FROM checkpoint WHERE code = ?";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);

    /** A stored checkpoint, its grid code not yet known. */
    Checkpoint read(ResultSet row) throws SQLException {
        String code = row.getString("code");
        return new Checkpoint(code, row.getString("name"), CheckpointLevel.valueOf(row.getString("level")),
                (Point) geometry(code, row.getBytes("location_wkb")), FenceShape.valueOf(row.getString("shape")),
                geometry(code, row.getBytes("outline_wkb")), row.getDouble("size_m"),
                geometry(code, row.getBytes("fence_wkb")), null);
    }

    /** Binds {@link #UPDATE} or {@link #INSERT}, which take the same parameters. */
    void bind(PreparedStatement statement, Checkpoint checkpoint) throws SQLException {
        WKBWriter wkb = new WKBWriter(2);
        statement.setString(1, checkpoint.name());
        statement.setString(2, checkpoint.level().name());
        statement.setString(3, checkpoint.shape().name());
        statement.setBytes(4, wkb.write(checkpoint.location()));
        if (checkpoint.outline() == null) {
            statement.setNull(5, Types.VARBINARY);
        } else {
            statement.setBytes(5, wkb.write(checkpoint.outline()));
        }
        statement.setDouble(6, checkpoint.sizeMetres());
        statement.setBytes(7, wkb.write(checkpoint.fence()));
        statement.setString(8, checkpoint.code());
    }

    private Geometry geometry(String code, byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry geometry = new WKBReader(factory).read(wkb);
            geometry.setSRID(SRID);
            return geometry;
        } catch (ParseException unreadable) {
            throw new StoreException("checkpoint " + code + " holds unreadable geometry", unreadable);
        }
    }
}
