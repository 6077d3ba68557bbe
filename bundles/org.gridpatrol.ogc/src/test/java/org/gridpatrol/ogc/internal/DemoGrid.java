package org.gridpatrol.ogc.internal;

import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.internal.GridRulesConfig;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.JdbcGridEdits;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The gis-data demo hierarchy in a real store with the real edit service (topology rules at their defaults),
 * as the grid bundle's components run in Karaf; and the shared corner of two micro-grids that a one-sided
 * move breaks.
 */
final class DemoGrid implements AutoCloseable {

    static final List<GridUnit> DEMO = GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED).stream()
            .map(DemoGrid::unit).toList();
    static final double METRES_PER_DEGREE_LAT = 110_790;

    final TestStores.OpenStore store;
    final RecordingEventAdmin events = new RecordingEventAdmin();
    final JdbcGridUnits units;
    final JdbcGridEdits edits;

    DemoGrid(TestStores.OpenStore store) throws Exception {
        this.store = store;
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events,
                Configs.of(GridUnitsConfig.class, Map.of()));
        units.save(DEMO);
        edits = new JdbcGridEdits(store.store(), units, events, Configs.of(GridRulesConfig.class, Map.of()));
    }

    @Override
    public void close() {
        store.close();
    }

    /** A micro-grid with a vertex that a sibling also has, inside their grid: moving it in one breaks the tiling. */
    record SharedCorner(GridUnit unit, Coordinate vertex) {

        static SharedCorner find() {
            for (GridUnit grid : DEMO.stream().filter(unit -> unit.level() == AdminLevel.GRID).toList()) {
                List<GridUnit> children = DEMO.stream().filter(unit -> grid.code().equals(unit.parentCode())).toList();
                Geometry gridBoundary = grid.geometry().getBoundary();
                for (GridUnit child : children) {
                    for (Coordinate vertex : child.geometry().getCoordinates()) {
                        boolean inside = gridBoundary.distance(new GeometryFactory().createPoint(vertex)) > 0;
                        if (inside && children.stream().filter(other -> other != child)
                                .anyMatch(other -> hasVertex(other, vertex))) {
                            return new SharedCorner(child, vertex);
                        }
                    }
                }
            }
            throw new AssertionError("no vertex shared by micro-grids inside their grid");
        }

        /** The unit's geometry with the vertex moved {@code metres} north-east. */
        MultiPolygon moved(double metres) {
            double north = metres / Math.sqrt(2) / METRES_PER_DEGREE_LAT;
            double east = north / Math.cos(Math.toRadians(vertex.y));
            MultiPolygon copy = (MultiPolygon) unit.geometry().copy();
            copy.apply((CoordinateFilter) c -> {
                if (c.equals2D(vertex)) {
                    c.x += east;
                    c.y += north;
                }
            });
            copy.geometryChanged();
            return copy;
        }

        /** Distance in metres (locally flat) from the vertex to {@code geometry}. */
        double metresFrom(Geometry geometry) {
            Geometry scaled = geometry.copy();
            double lonScale = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(vertex.y));
            scaled.apply((CoordinateFilter) c -> {
                c.x = (c.x - vertex.x) * lonScale;
                c.y = (c.y - vertex.y) * METRES_PER_DEGREE_LAT;
            });
            scaled.geometryChanged();
            return scaled.distance(scaled.getFactory().createPoint(new Coordinate(0, 0)));
        }

        private static boolean hasVertex(GridUnit unit, Coordinate vertex) {
            for (Coordinate c : unit.geometry().getCoordinates()) {
                if (c.equals2D(vertex)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null && feature.workerPhone() == null
                ? null : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }
}
