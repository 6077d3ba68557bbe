package org.gridpatrol.video.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL and row mapping of table {@code video_zone_count}; the same statements on H2GIS and PostGIS. */
final class ZoneCountRows {

    /**
     * Folds a bucket into the stored one with the same key, for events that arrive after their bucket was
     * written (late, or across a restart). Every right-hand side reads the row as it was before the update.
     */
    static final String MERGE = "UPDATE video_zone_count SET "
            + "max_count = CASE WHEN max_count < ? THEN ? ELSE max_count END, "
            + "mean_count = (mean_count * samples + CAST(? AS DOUBLE PRECISION)) / (samples + ?), "
            + "samples = samples + ?, "
            + "max_density = CASE WHEN ? AND (max_density IS NULL OR max_density < ?) THEN ? ELSE max_density END "
            + "WHERE camera_code = ? AND zone_id = ? AND bucket_start = ?";

    static final String INSERT = "INSERT INTO video_zone_count (camera_code, zone_id, bucket_start, max_count, "
            + "mean_count, samples, max_density) VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final String PURGE = "DELETE FROM video_zone_count WHERE bucket_start < ?";

    private static final String SELECT = "SELECT zone_id, bucket_start, max_count, mean_count, samples, max_density "
            + "FROM video_zone_count WHERE camera_code = ? AND bucket_start >= ? AND bucket_start < ?";

    private ZoneCountRows() {
    }

    /** Writes the buckets (in the caller's transaction): merged into stored rows where they exist, inserted otherwise. */
    static void write(Connection connection, List<ZoneCountBucket> buckets) throws SQLException {
        List<ZoneCountBucket> fresh = new ArrayList<>();
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            for (ZoneCountBucket bucket : buckets) {
                bindMerge(merge, bucket);
                merge.addBatch();
            }
            int[] merged = merge.executeBatch();
            for (int i = 0; i < merged.length; i++) {
                if (merged[i] == 0) {
                    fresh.add(buckets.get(i));
                }
            }
        }
        if (!fresh.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (ZoneCountBucket bucket : fresh) {
                    bindInsert(insert, bucket);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** One camera's buckets starting in [from, to), of one zone or all (zone null), by zone then time. */
    static List<ZoneCountBucket> read(Connection connection, String camera, String zone, Instant from, Instant to,
            int limit) throws SQLException {
        String sql = SELECT + (zone == null ? "" : " AND zone_id = ?") + " ORDER BY zone_id, bucket_start LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setString(i++, camera);
            SqlTimes.set(select, i++, from);
            SqlTimes.set(select, i++, to);
            if (zone != null) {
                select.setString(i++, zone);
            }
            select.setInt(i, limit);
            List<ZoneCountBucket> buckets = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double density = row.getDouble("max_density");
                    Double maxDensity = row.wasNull() ? null : density;
                    buckets.add(new ZoneCountBucket(camera, row.getString("zone_id"), SqlTimes.get(row, "bucket_start"),
                            row.getInt("max_count"), row.getDouble("mean_count"), row.getInt("samples"), maxDensity));
                }
            }
            return buckets;
        }
    }

    private static void bindMerge(PreparedStatement merge, ZoneCountBucket bucket) throws SQLException {
        merge.setInt(1, bucket.max());
        merge.setInt(2, bucket.max());
        merge.setDouble(3, bucket.mean() * bucket.samples());
        merge.setInt(4, bucket.samples());
        merge.setInt(5, bucket.samples());
        merge.setBoolean(6, bucket.maxDensity() != null);
        double density = bucket.maxDensity() == null ? 0 : bucket.maxDensity();
        merge.setDouble(7, density);
        merge.setDouble(8, density);
        merge.setString(9, bucket.camera());
        merge.setString(10, bucket.zone());
        SqlTimes.set(merge, 11, bucket.start());
    }

    private static void bindInsert(PreparedStatement insert, ZoneCountBucket bucket) throws SQLException {
        insert.setString(1, bucket.camera());
        insert.setString(2, bucket.zone());
        SqlTimes.set(insert, 3, bucket.start());
        insert.setInt(4, bucket.max());
        insert.setDouble(5, bucket.mean());
        insert.setInt(6, bucket.samples());
        if (bucket.maxDensity() == null) {
            insert.setNull(7, Types.DOUBLE);
        } else {
            insert.setDouble(7, bucket.maxDensity());
        }
    }
}
