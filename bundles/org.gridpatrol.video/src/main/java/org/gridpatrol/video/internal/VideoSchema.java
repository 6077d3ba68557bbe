package org.gridpatrol.video.internal;

import java.util.List;
import org.gridpatrol.store.api.Migration;

/**
 * The migrations of module {@code video}. Types are chosen to mean the same on H2 and PostgreSQL
 * without translation: {@code BYTEA} is H2's alias of BINARY VARYING and PostgreSQL's binary type
 * ({@code BLOB} does not exist in PostgreSQL); {@code VARCHAR} without a length is unbounded in
 * PostgreSQL and 1,000,000 characters in H2, ample for zone and calibration JSON. Zone counts are
 * keyed by camera code without a foreign key, so that history outlives a camera's removal until the
 * retention deletes it; the index on {@code bucket_start} serves that deletion.
 */
final class VideoSchema {

    static final String MODULE = "video";

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "camera and video_alert tables", """
            CREATE TABLE camera (
              code VARCHAR(64) PRIMARY KEY,
              name VARCHAR(200) NOT NULL,
              camera_type VARCHAR(16) NOT NULL,
              location GEOMETRY(POINT, 4490) NOT NULL,
              heading_deg DOUBLE PRECISION NOT NULL,
              fov_deg DOUBLE PRECISION NOT NULL,
              range_m DOUBLE PRECISION NOT NULL,
              mounting_height_m DOUBLE PRECISION NOT NULL,
              main_url VARCHAR(2000) NOT NULL,
              sub_url VARCHAR(2000),
              grid_code VARCHAR(18),
              detector VARCHAR(64) NOT NULL,
              analysis_fps DOUBLE PRECISION NOT NULL,
              enabled BOOLEAN NOT NULL,
              zones VARCHAR NOT NULL,
              calibration VARCHAR NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL
            );
            CREATE SPATIAL INDEX camera_location_idx ON camera(location);
            CREATE INDEX camera_grid_idx ON camera(grid_code);
            CREATE TABLE video_alert (
              id VARCHAR(64) PRIMARY KEY,
              camera_code VARCHAR(64) NOT NULL,
              zone_id VARCHAR(100) NOT NULL,
              kind VARCHAR(16) NOT NULL,
              started_at TIMESTAMP WITH TIME ZONE NOT NULL,
              ended_at TIMESTAMP WITH TIME ZONE,
              peak_count INTEGER NOT NULL,
              location GEOMETRY(POINT, 4490),
              grid_code VARCHAR(18),
              snapshot BYTEA,
              acknowledged_by VARCHAR(100),
              acknowledged_at TIMESTAMP WITH TIME ZONE
            );
            CREATE INDEX video_alert_started_idx ON video_alert(started_at);
            CREATE INDEX video_alert_camera_idx ON video_alert(camera_code);
            """), new Migration(2, "video_zone_count table", """
            CREATE TABLE video_zone_count (
              camera_code VARCHAR(64) NOT NULL,
              zone_id VARCHAR(100) NOT NULL,
              bucket_start TIMESTAMP WITH TIME ZONE NOT NULL,
              max_count INTEGER NOT NULL,
              mean_count DOUBLE PRECISION NOT NULL,
              samples INTEGER NOT NULL,
              max_density DOUBLE PRECISION,
              PRIMARY KEY (camera_code, zone_id, bucket_start)
            );
            CREATE INDEX video_zone_count_start_idx ON video_zone_count(bucket_start);
            """));

    private VideoSchema() {
    }
}
