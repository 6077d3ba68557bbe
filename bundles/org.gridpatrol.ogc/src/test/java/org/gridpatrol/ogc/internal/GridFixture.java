package org.gridpatrol.ogc.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A small county as boxes in lon/lat: county 330381 over 120–121°E, 27–28°N; two towns split at
 * 120.5; one community in each; five strip grids (0.1° wide) in the western community, two grids in
 * the eastern one (one of them a two-part multipolygon); two micro-grids, one with a hole.
 */
final class GridFixture {

    static final String COUNTY = "330381";
    static final String WEST_TOWN = "330381001";
    static final String EAST_TOWN = "330381002";
    static final String WEST_COMMUNITY = "330381001001";
    static final String EAST_COMMUNITY = "330381002001";
    static final String EAST_GRID = "330381002001001";
    static final String MULTIPART_GRID = "330381002001002";
    static final String HOLED_MICRO_GRID = "330381001001001001";
    static final String PLAIN_MICRO_GRID = "330381001001001002";
    static final String FIRST_GRID_PHONE = "13812340001";

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GridFixture() {
    }

    static InMemoryGridUnits units() {
        List<GridUnit> units = new ArrayList<>();
        units.add(unit(COUNTY, "瑞安市", AdminLevel.COUNTY, null, box(120.0, 27.0, 121.0, 28.0), null));
        units.add(unit(WEST_TOWN, "安阳街道", AdminLevel.TOWN, COUNTY, box(120.0, 27.0, 120.5, 28.0), null));
        units.add(unit(EAST_TOWN, "玉海街道", AdminLevel.TOWN, COUNTY, box(120.5, 27.0, 121.0, 28.0), null));
        units.add(unit(WEST_COMMUNITY, "西山社区", AdminLevel.COMMUNITY, WEST_TOWN, box(120.0, 27.0, 120.5, 27.5), null));
        units.add(unit(EAST_COMMUNITY, "东山社区", AdminLevel.COMMUNITY, EAST_TOWN, box(120.5, 27.0, 121.0, 27.5), null));
        for (int i = 0; i < 5; i++) {
            double west = 120.0 + i * 0.1;
            units.add(unit(WEST_COMMUNITY + "00" + (i + 1), "西山第" + (i + 1) + "网格", AdminLevel.GRID,
                    WEST_COMMUNITY, box(west, 27.0, west + 0.1, 27.5),
                    new GridWorker("网格员" + (i + 1), "1381234000" + (i + 1))));
        }
        units.add(unit(EAST_GRID, "东山第1网格", AdminLevel.GRID, EAST_COMMUNITY, box(120.5, 27.0, 120.75, 27.5),
                new GridWorker("张伟", "139 0000 1111")));
        units.add(unit(MULTIPART_GRID, "东山第2网格", AdminLevel.GRID, EAST_COMMUNITY,
                GEOMETRY.createMultiPolygon(new Polygon[] {
                    polygon(120.75, 27.0, 120.8, 27.1), polygon(120.9, 27.4, 121.0, 27.5)}),
                new GridWorker("李娜", null)));
        Polygon holed = GEOMETRY.createPolygon(ring(120.0, 27.0, 120.1, 27.1),
                new LinearRing[] {ring(120.02, 27.02, 120.08, 27.08)});
        units.add(unit(HOLED_MICRO_GRID, "一号微网格", AdminLevel.MICRO_GRID, WEST_COMMUNITY + "001",
                GEOMETRY.createMultiPolygon(new Polygon[] {holed}), new GridWorker("王芳", "13700001234")));
        units.add(unit(PLAIN_MICRO_GRID, "二号微网格", AdminLevel.MICRO_GRID, WEST_COMMUNITY + "001",
                box(120.0, 27.1, 120.1, 27.5), new GridWorker("赵磊", "13700005678")));
        InMemoryGridUnits store = new InMemoryGridUnits();
        try {
            store.save(units);
        } catch (GridValidationException invalidFixture) {
            throw new IllegalStateException(invalidFixture);
        }
        return store;
    }

    static GridUnit unit(String code, String name, AdminLevel level, String parent, MultiPolygon geometry,
            GridWorker worker) {
        return new GridUnit(code, name, level, parent, geometry, worker);
    }

    static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return GEOMETRY.createMultiPolygon(new Polygon[] {polygon(minLon, minLat, maxLon, maxLat)});
    }

    private static Polygon polygon(double minLon, double minLat, double maxLon, double maxLat) {
        return GEOMETRY.createPolygon(ring(minLon, minLat, maxLon, maxLat));
    }

    private static LinearRing ring(double minLon, double minLat, double maxLon, double maxLat) {
        return GEOMETRY.createLinearRing(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }
}
