package org.gridpatrol.tracking.internal.positions;

import java.util.List;
import org.gridpatrol.store.api.Migration;

/**
 * The migrations of module {@code tracking}: every accepted report, keyed by unit and device time. lon/lat
 * are kept as plain columns for reading back without geometry decoding; {@code location} is the same
 * point for spatial SQL. The unique index serves track queries and makes a resent report (a tracker retrying
 * after a lost answer) a no-op; the index on {@code device_time} serves retention. No spatial index: this
 * table takes thousands of inserts a second and nothing queries it spatially yet.
 */
final class PositionsSchema {

    static final String MODULE = "tracking";

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "unit_position table", """
            CREATE TABLE unit_position (
              unit_code VARCHAR(64) NOT NULL,
              device_time TIMESTAMP WITH TIME ZONE NOT NULL,
              received_at TIMESTAMP WITH TIME ZONE NOT NULL,
              lon DOUBLE PRECISION NOT NULL,
              lat DOUBLE PRECISION NOT NULL,
              location GEOMETRY(POINT, 4490) NOT NULL,
              speed_kmh DOUBLE PRECISION,
              bearing_deg DOUBLE PRECISION,
              altitude_m DOUBLE PRECISION,
              accuracy_m DOUBLE PRECISION,
              battery_pct DOUBLE PRECISION,
              channel VARCHAR(16) NOT NULL
            );
            CREATE UNIQUE INDEX unit_position_unit_time_idx ON unit_position(unit_code, device_time);
            CREATE INDEX unit_position_time_idx ON unit_position(device_time);
            """));

    private PositionsSchema() {
    }
}
