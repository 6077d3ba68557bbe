package org.gridpatrol.tracking.internal.units;

import java.util.List;
import org.gridpatrol.store.api.Migration;

/**
 * The migrations of module {@code tracking-units}: the register of patrol units. A module of its own, apart
 * from the positions' {@code tracking}, so that each evolves with its component. The unique index on
 * {@code device_id} backs the rule that a tracker belongs to one unit.
 */
final class UnitsSchema {

    static final String MODULE = "tracking-units";

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "patrol_unit table", """
            CREATE TABLE patrol_unit (
              code VARCHAR(64) PRIMARY KEY,
              name VARCHAR(200),
              kind VARCHAR(16) NOT NULL,
              team VARCHAR(100),
              home_grid_code VARCHAR(18),
              phone VARCHAR(32),
              device_id VARCHAR(64) NOT NULL,
              status VARCHAR(16) NOT NULL,
              updated_at TIMESTAMP WITH TIME ZONE NOT NULL
            );
            CREATE UNIQUE INDEX patrol_unit_device_idx ON patrol_unit(device_id);
            """));

    private UnitsSchema() {
    }
}
