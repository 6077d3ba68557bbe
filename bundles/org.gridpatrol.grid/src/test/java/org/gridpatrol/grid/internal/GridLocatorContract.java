package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * {@link IndexedGridLocator} on the generated demo hierarchy, checked against a brute-force JTS
 * loop and against the store's own ST_Contains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GridLocatorContract {

    private static final int POINTS = 2_000;

    private TestStores.OpenStore store;
    private RecordingEventAdmin events;
    private JdbcGridUnits units;
    private List<GridUnit> demo;
    private List<GridUnit> microGrids;

    abstract TestStores.OpenStore openStore();

    @BeforeAll
    void loadTheDemoHierarchy() throws Exception {
        store = openStore();
        events = new RecordingEventAdmin();
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events, GridUnitsContract.tolerance(0.05));
        GridUnitsContract.execute(store, "DELETE FROM grid_unit");
        demo = Datasets.units(Size.DEMO);
        units.save(demo);
        microGrids = demo.stream().filter(unit -> unit.level() == AdminLevel.MICRO_GRID).toList();
    }

    @AfterAll
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theDemoHierarchyIsStoredWhole() {
        assertThat(units.count()).isEqualTo(demo.size());
        assertThat(microGrids).hasSize(Size.DEMO.count(org.gridpatrol.gisdata.Level.MICRO_GRID));
    }

    @Test
    void randomPointsLandWhereBruteForceAndTheDatabaseSay() throws Exception {
        IndexedGridLocator locator = new IndexedGridLocator(units);
        Envelope county = demo.get(0).geometry().getEnvelopeInternal();
        Random random = new Random(7);
        int inside = 0;
        try (Connection connection = store.store().dataSource().getConnection();
                PreparedStatement containing = connection.prepareStatement("SELECT code FROM grid_unit "
                        + "WHERE level = 'micro-grid' AND ST_Contains(geom, ST_GeomFromText(?, 4490)) "
                        + "ORDER BY code")) {
            for (int i = 0; i < POINTS; i++) {
                double lon = county.getMinX() + random.nextDouble() * county.getWidth();
                double lat = county.getMinY() + random.nextDouble() * county.getHeight();
                Optional<String> expected = bruteForce(lon, lat);
                Optional<GridChain> located = locator.locate(lon, lat);

                assertThat(located.map(chain -> chain.deepest().code())).as("(%s, %s)", lon, lat).isEqualTo(expected);
                assertThat(fromDatabase(containing, lon, lat)).as("ST_Contains at (%s, %s)", lon, lat).isEqualTo(expected);
                if (located.isPresent()) {
                    inside++;
                    assertWholeChain(located.get());
                }
            }
        }
        assertThat(inside).as("points inside the county (not all: the envelope is larger than the outline)")
                .isPositive().isLessThan(POINTS);
    }

    @Test
    void aRebuildAfterASaveSeesTheChange() throws Exception {
        IndexedGridLocator locator = new IndexedGridLocator(units);
        events.subscribe(locator);
        GridUnit target = microGrids.get(microGrids.size() / 2);
        Point inTarget = target.geometry().getInteriorPoint();
        assertThat(locator.locate(inTarget.getX(), inTarget.getY()).orElseThrow().deepest().code()).isEqualTo(target.code());
        // A small new micro-grid over that point with the lowest possible code under the same grid.
        GridUnit patch = new GridUnit(target.parentCode() + "000", "新增微网格", AdminLevel.MICRO_GRID, target.parentCode(),
                Shapes.multiPolygon(target.geometry().intersection(inTarget.buffer(1e-4).getEnvelope())), null);

        try {
            units.save(List.of(patch));
            locator.scheduleRebuild().get(30, TimeUnit.SECONDS);

            GridChain chain = locator.locate(inTarget.getX(), inTarget.getY()).orElseThrow();
            assertThat(chain.deepest().code()).isEqualTo(patch.code());
            assertThat(chain.units().get(1).code()).isEqualTo(target.parentCode());
        } finally {
            locator.deactivate();
        }
    }

    private void assertWholeChain(GridChain chain) {
        List<AdminLevel> levels = chain.units().stream().map(GridUnit::level).toList();
        assertThat(levels).containsExactly(AdminLevel.MICRO_GRID, AdminLevel.GRID, AdminLevel.COMMUNITY,
                AdminLevel.TOWN, AdminLevel.COUNTY);
        for (int i = 1; i < chain.units().size(); i++) {
            assertThat(chain.units().get(i - 1).parentCode()).isEqualTo(chain.units().get(i).code());
        }
    }

    private Optional<String> bruteForce(double lon, double lat) {
        Point point = Shapes.FACTORY.createPoint(new Coordinate(lon, lat));
        return microGrids.stream().filter(unit -> unit.geometry().contains(point)).map(GridUnit::code)
                .min(Comparator.naturalOrder());
    }

    private static Optional<String> fromDatabase(PreparedStatement containing, double lon, double lat) throws Exception {
        containing.setString(1, "POINT (" + lon + " " + lat + ")");
        List<String> codes = new ArrayList<>();
        try (ResultSet rows = containing.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes.stream().findFirst();
    }
}
