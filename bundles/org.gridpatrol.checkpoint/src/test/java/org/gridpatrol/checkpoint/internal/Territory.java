package org.gridpatrol.checkpoint.internal;

import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.IndexedGridLocator;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A small real unit hierarchy in the store under test with the grid bundle's own locator: a county, a town,
 * a community, a grid and two micro-grids side by side (west and east of lon 120.55).
 */
final class Territory {

    static final String WEST_MICRO = "330381001001001001";
    static final String EAST_MICRO = "330381001001001002";

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    final IndexedGridLocator locator;

    Territory(SpatialStore store) throws Exception {
        JdbcGridUnits units = new JdbcGridUnits(store, new JtsGeometryValidator(), new RecordingEventAdmin(),
                Configs.of(GridUnitsConfig.class, Map.of()));
        if (units.find("330381").isEmpty()) {
            units.save(List.of(
                    unit("330381", AdminLevel.COUNTY, null, box(120.5, 27.7, 120.9, 27.9)),
                    unit("330381001", AdminLevel.TOWN, "330381", box(120.5, 27.7, 120.7, 27.9)),
                    unit("330381001001", AdminLevel.COMMUNITY, "330381001", box(120.5, 27.7, 120.6, 27.8)),
                    unit("330381001001001", AdminLevel.GRID, "330381001001", box(120.5, 27.7, 120.6, 27.8)),
                    unit(WEST_MICRO, AdminLevel.MICRO_GRID, "330381001001001", box(120.5, 27.7, 120.55, 27.8)),
                    unit(EAST_MICRO, AdminLevel.MICRO_GRID, "330381001001001", box(120.55, 27.7, 120.6, 27.8))));
        }
        locator = new IndexedGridLocator(units);
    }

    private static GridUnit unit(String code, AdminLevel level, String parent, MultiPolygon geometry) {
        return new GridUnit(code, "单元" + code, level, parent, geometry, null);
    }

    static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return FACTORY.createMultiPolygon(new Polygon[] {FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)})});
    }
}
