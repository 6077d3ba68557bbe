package org.gridpatrol.grid.internal;

import java.util.List;
import org.gridpatrol.store.api.Migration;

/** The migrations of module {@code grid}: one table for every level of the hierarchy. */
final class GridSchema {

    static final String MODULE = "grid";

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "grid_unit table", """
            CREATE TABLE grid_unit (
              code VARCHAR(18) PRIMARY KEY,
              name VARCHAR(200) NOT NULL,
              level VARCHAR(16) NOT NULL,
              parent_code VARCHAR(18),
              geom GEOMETRY(MULTIPOLYGON, 4490) NOT NULL,
              worker_name VARCHAR(100),
              worker_phone VARCHAR(32),
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL
            );
            CREATE SPATIAL INDEX grid_unit_geom_idx ON grid_unit(geom);
            CREATE INDEX grid_unit_parent_idx ON grid_unit(parent_code);
            CREATE INDEX grid_unit_level_idx ON grid_unit(level);
            """));

    private GridSchema() {
    }
}
