package org.gridpatrol.tracking.internal.units;

import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The real register over a real store for the tracking tests: a county and a town of the grid bundle's own
 * {@link JdbcGridUnits} (for home grids), and {@link JdbcPatrolUnits} with its recorded events.
 */
public final class TrackingFixture {

    public static final String COUNTY = "330381";
    public static final String TOWN = "330381001";
    /** Inside the town, in WGS84/CGCS2000. */
    public static final double LON = 120.60;
    public static final double LAT = 27.80;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    public final JdbcGridUnits grids;
    public final RecordingEventAdmin events = new RecordingEventAdmin();
    public final JdbcPatrolUnits units;

    public TrackingFixture(SpatialStore store) throws Exception {
        grids = new JdbcGridUnits(store, new JtsGeometryValidator(), new RecordingEventAdmin(),
                Configs.of(GridUnitsConfig.class, Map.of()));
        if (grids.find(COUNTY).isEmpty()) {
            grids.save(List.of(new GridUnit(COUNTY, "瑞安市", AdminLevel.COUNTY, null, box(120.4, 27.6, 120.9, 28.0), null),
                    new GridUnit(TOWN, "安阳街道", AdminLevel.TOWN, COUNTY, box(120.5, 27.7, 120.7, 27.9), null)));
        }
        units = new JdbcPatrolUnits(store, grids, events);
    }

    /** A patroller of team "A", AVAILABLE, at home in the town. */
    public static PatrolUnit unit(String code, String deviceId) {
        return new PatrolUnit(code, "巡逻员" + code, UnitKind.PATROLLER, "A", TOWN, "13812345678", deviceId,
                UnitStatus.AVAILABLE);
    }

    private static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return FACTORY.createMultiPolygon(new Polygon[] {FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)})});
    }
}
