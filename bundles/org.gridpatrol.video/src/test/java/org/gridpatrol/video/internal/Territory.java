package org.gridpatrol.video.internal;

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
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A small real unit hierarchy in the store under test, with the grid bundle's own locator over it:
 * a county, a town with a community, a grid and two micro-grids side by side, and a second town with
 * no units below it (the locator's deepest unit there is the town).
 */
final class Territory {

    static final String COUNTY = "330381";
    static final String TOWN = "330381001";
    static final String WEST_MICRO = "330381001001001001";
    static final String EAST_MICRO = "330381001001001002";
    /** Inside the west micro-grid. */
    static final double IN_MICRO_LON = 120.52;
    static final double IN_MICRO_LAT = 27.75;
    static final String BARE_TOWN = "330381002";
    /** Inside the town that has no units below it. */
    static final double IN_TOWN_LON = 120.75;
    static final double IN_TOWN_LAT = 27.85;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    final JdbcGridUnits units;
    final IndexedGridLocator locator;

    Territory(SpatialStore store) throws Exception {
        units = new JdbcGridUnits(store, new JtsGeometryValidator(), new RecordingEventAdmin(),
                Configs.of(GridUnitsConfig.class, Map.of()));
        units.save(List.of(
                unit(COUNTY, AdminLevel.COUNTY, null, box(120.5, 27.7, 120.9, 27.9)),
                unit(TOWN, AdminLevel.TOWN, COUNTY, box(120.5, 27.7, 120.7, 27.9)),
                unit(BARE_TOWN, AdminLevel.TOWN, COUNTY, box(120.7, 27.7, 120.9, 27.9)),
                unit("330381001001", AdminLevel.COMMUNITY, TOWN, box(120.5, 27.7, 120.6, 27.8)),
                unit("330381001001001", AdminLevel.GRID, "330381001001", box(120.5, 27.7, 120.6, 27.8)),
                unit(WEST_MICRO, AdminLevel.MICRO_GRID, "330381001001001", box(120.5, 27.7, 120.55, 27.8)),
                unit(EAST_MICRO, AdminLevel.MICRO_GRID, "330381001001001", box(120.55, 27.7, 120.6, 27.8))));
        locator = new IndexedGridLocator(units);
    }

    private static GridUnit unit(String code, AdminLevel level, String parent, MultiPolygon geometry) {
        return new GridUnit(code, "单元" + code, level, parent, geometry, null);
    }

    static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)})});
    }
}
