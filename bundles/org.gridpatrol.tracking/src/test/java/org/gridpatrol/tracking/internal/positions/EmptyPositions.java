package org.gridpatrol.tracking.internal.positions;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.gridpatrol.geo.internal.ChinaCoordinateConverter;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.tracking.api.PatrolUnits;

/** A real ingest over a store whose position table has just been emptied, for tests of the channels. */
public final class EmptyPositions {

    private EmptyPositions() {
    }

    public static JdbcPositions open(SpatialStore store, PatrolUnits units) throws Exception {
        // The first instance creates the table; the second starts with nothing in memory.
        new JdbcPositions(store, units, new ChinaCoordinateConverter(), Configs.of(PositionsConfig.class, Map.of()))
                .close();
        try (Connection connection = store.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM unit_position");
        }
        return new JdbcPositions(store, units, new ChinaCoordinateConverter(), Configs.of(PositionsConfig.class, Map.of()));
    }
}
