package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridpatrol.grid.internal.Shapes.box;
import static org.gridpatrol.grid.internal.Shapes.unit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.gridpatrol.geo.api.GeometryProblem;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * What {@link JdbcGridUnits} promises, run against each real store. A small hand-made hierarchy
 * around Rui'an: a county, two towns side by side, a community, a grid and micro-grids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GridUnitsContract {

    static final double LON = 120.5;
    static final double LAT = 27.7;

    static final GridUnit COUNTY = unit("330381", AdminLevel.COUNTY, null, box(LON, LAT, LON + 0.4, LAT + 0.2));
    static final GridUnit WEST_TOWN = unit("330381001", AdminLevel.TOWN, "330381", box(LON, LAT, LON + 0.2, LAT + 0.2));
    static final GridUnit EAST_TOWN =
            new GridUnit("330381002", "东山街道", AdminLevel.TOWN, "330381", box(LON + 0.2, LAT, LON + 0.4, LAT + 0.2), null);
    static final GridUnit COMMUNITY =
            unit("330381001001", AdminLevel.COMMUNITY, "330381001", box(LON, LAT, LON + 0.1, LAT + 0.1));
    static final GridUnit GRID =
            unit("330381001001001", AdminLevel.GRID, "330381001001", box(LON, LAT, LON + 0.1, LAT + 0.1));
    static final GridUnit MICRO =
            unit("330381001001001001", AdminLevel.MICRO_GRID, "330381001001001", box(LON, LAT, LON + 0.05, LAT + 0.1));

    private TestStores.OpenStore openStore;
    RecordingEventAdmin events;
    JdbcGridUnits units;

    /** Opens the store under test, or skips the class. */
    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void openTheStore() throws Exception {
        openStore = openStore();
    }

    @AfterAll
    void closeTheStore() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void emptyStore() throws Exception {
        events = new RecordingEventAdmin();
        units = new JdbcGridUnits(openStore.store(), new JtsGeometryValidator(), events, tolerance(0.05));
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM grid_unit");
        }
    }

    TestStores.OpenStore store() {
        return openStore;
    }

    void saveHierarchy() throws GridValidationException {
        units.save(List.of(COUNTY, WEST_TOWN, EAST_TOWN, COMMUNITY, GRID, MICRO));
        events.clear();
    }

    @Test
    void migrationsCanRunAgain() {
        new JdbcGridUnits(openStore.store(), new JtsGeometryValidator(), events, tolerance(0.05));

        assertThat(units.count()).isZero();
    }

    @Test
    void storesUnitsWithWorkersAndGeometry() throws Exception {
        saveHierarchy();

        GridUnit stored = units.find(MICRO.code()).orElseThrow();
        assertThat(stored.name()).isEqualTo(MICRO.name());
        assertThat(stored.level()).isEqualTo(AdminLevel.MICRO_GRID);
        assertThat(stored.parentCode()).isEqualTo(GRID.code());
        assertThat(stored.worker()).isEqualTo(MICRO.worker());
        assertThat(stored.geometry().equalsExact(MICRO.geometry())).isTrue();
        assertThat(stored.geometry().getSRID()).isEqualTo(4490);
        assertThat(units.find(EAST_TOWN.code()).orElseThrow().worker()).isNull();
        assertThat(units.find("330381009")).isEmpty();
        assertThat(units.count()).isEqualTo(6);
    }

    @Test
    void keepsHolesAndSeveralParts() throws Exception {
        MultiPolygon parts = Shapes.multi(
                Shapes.rectangleWithHole(LON, LAT, LON + 0.04, LAT + 0.04, LON + 0.01, LAT + 0.01, LON + 0.02, LAT + 0.02),
                Shapes.rectangle(LON + 0.06, LAT, LON + 0.08, LAT + 0.02));
        saveHierarchy();
        units.save(List.of(unit("330381001001001002", AdminLevel.MICRO_GRID, GRID.code(), parts)));

        MultiPolygon stored = units.find("330381001001001002").orElseThrow().geometry();
        assertThat(stored.getNumGeometries()).isEqualTo(2);
        assertThat(stored.equalsExact(parts)).isTrue();
    }

    @Test
    void saveReplacesByCodeAndPostsTheChangedCodes() throws Exception {
        saveHierarchy();
        GridUnit renamed = new GridUnit(MICRO.code(), "新名字", MICRO.level(), MICRO.parentCode(), MICRO.geometry(),
                new GridWorker("王五", "13900001111"));

        units.save(List.of(renamed));

        assertThat(units.count()).isEqualTo(6);
        assertThat(units.find(MICRO.code()).orElseThrow()).extracting(GridUnit::name, GridUnit::worker)
                .containsExactly("新名字", new GridWorker("王五", "13900001111"));
        assertThat(events.events()).singleElement().satisfies(event -> {
            assertThat(event.getTopic()).isEqualTo(GridUnits.TOPIC_CHANGED);
            assertThat(event.getProperty("codes")).isEqualTo(List.of(MICRO.code()));
        });
    }

    @Test
    void queriesByLevelParentCodeAndBoxWithPagesOrderedByCode() throws Exception {
        saveHierarchy();

        assertThat(codes(units.query(GridQuery.level(AdminLevel.TOWN)))).containsExactly("330381001", "330381002");
        assertThat(codes(units.query(new GridQuery(null, "330381", null, null, 0, 10))))
                .containsExactly("330381001", "330381002");
        assertThat(codes(units.query(new GridQuery(null, null, GRID.code(), null, 0, 10)))).containsExactly(GRID.code());

        GridPage page = units.query(new GridQuery(null, null, null, null, 2, 3));
        assertThat(page.totalMatched()).isEqualTo(6);
        assertThat(codes(page)).containsExactly("330381001001", "330381001001001", "330381001001001001");

        GridPage none = units.query(new GridQuery(null, "330381", null, null, 0, 0));
        assertThat(none.units()).isEmpty();
        assertThat(none.totalMatched()).isEqualTo(2);
    }

    @Test
    void boxQueryFindsUnitsIntersectingTheEnvelope() throws Exception {
        saveHierarchy();
        Envelope eastOnly = new Envelope(LON + 0.3, LON + 0.35, LAT + 0.05, LAT + 0.06);
        Envelope touchingBoth = new Envelope(LON + 0.19, LON + 0.21, LAT + 0.15, LAT + 0.16);
        Envelope outside = new Envelope(LON + 1, LON + 2, LAT, LAT + 1);

        assertThat(codes(units.query(new GridQuery(AdminLevel.TOWN, null, null, eastOnly, 0, 10))))
                .containsExactly("330381002");
        assertThat(codes(units.query(new GridQuery(AdminLevel.TOWN, null, null, touchingBoth, 0, 10))))
                .containsExactly("330381001", "330381002");
        assertThat(units.query(new GridQuery(null, null, null, outside, 0, 10)).totalMatched()).isZero();
    }

    @Test
    void searchFindsNamesAndCodePrefixesShallowLevelsFirst() throws Exception {
        saveHierarchy();

        assertThat(units.search("东山", 10)).extracting(GridUnit::code).containsExactly("330381002");
        assertThat(units.search("3303810010", 10)).extracting(GridUnit::level)
                .containsExactly(AdminLevel.COMMUNITY, AdminLevel.GRID, AdminLevel.MICRO_GRID);
        assertThat(units.search("330381", 2)).extracting(GridUnit::code).containsExactly("330381", "330381001");
        assertThat(units.search("单元", 10)).extracting(GridUnit::code)
                .as("names of the hand-made units contain 单元; east town's does not").hasSize(5)
                .doesNotContain("330381002");
        assertThat(units.search("%", 10)).as("wildcards are literal").isEmpty();
        assertThat(units.search("_", 10)).isEmpty();
        assertThat(units.search("  ", 10)).isEmpty();
    }

    @Test
    void parentsMayComeEarlierInTheBatchOrFromTheStore() throws Exception {
        units.save(List.of(COUNTY, WEST_TOWN));
        units.save(List.of(COMMUNITY, GRID, MICRO));

        assertThat(units.count()).isEqualTo(5);
        assertThat(events.events()).hasSize(2);
    }

    @Test
    void aChildMayStickOutOfItsParentWithinTheTolerance() throws Exception {
        saveHierarchy();
        double centimetre = 1e-7; // degrees; about 1 cm at this latitude, under the 5 cm tolerance
        GridUnit slightlyOut = unit("330381001001001002", AdminLevel.MICRO_GRID, GRID.code(),
                box(LON + 0.05, LAT, LON + 0.1 + centimetre, LAT + 0.1));

        units.save(List.of(slightlyOut));

        assertThat(units.find(slightlyOut.code())).isPresent();
    }

    @Test
    void refusesASelfIntersectingGeometryAndSaysWhere() throws Exception {
        GridUnit bowTie = unit("330381001001001002", AdminLevel.MICRO_GRID, GRID.code(), Shapes.bowTie(LON + 0.06, LAT + 0.02));

        GridValidationException refused = refusedWithoutChange(bowTie);

        assertThat(refused.field()).isEqualTo("geometry");
        assertThat(refused.getMessage()).contains(bowTie.code());
        assertThat(refused.problem().hasLocation()).isTrue();
        assertThat(refused.problem().lon()).isCloseTo(LON + 0.065, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(refused.problem().lat()).isCloseTo(LAT + 0.025, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void refusesAnEmptyGeometry() throws Exception {
        GridUnit empty = new GridUnit("330381001001001002", "空", AdminLevel.MICRO_GRID, GRID.code(),
                Shapes.FACTORY.createMultiPolygon(), null);

        assertThat(refusedWithoutChange(empty).field()).isEqualTo("geometry");
    }

    @Test
    void refusesAUnitOutsideItsParentAndSaysWhere() throws Exception {
        GridUnit straying = unit("330381001001001002", AdminLevel.MICRO_GRID, GRID.code(),
                box(LON + 0.05, LAT, LON + 0.15, LAT + 0.1));

        GridValidationException refused = refusedWithoutChange(straying);

        assertThat(refused.field()).isEqualTo("geometry");
        assertThat(refused.getMessage()).contains(GRID.code());
        GeometryProblem where = refused.problem();
        assertThat(where.hasLocation()).isTrue();
        assertThat(GRID.geometry().covers(Shapes.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(
                where.lon(), where.lat())))).as("the reported place lies outside the parent").isFalse();
        assertThat(straying.geometry().getEnvelopeInternal().contains(where.lon(), where.lat())).isTrue();
    }

    @Test
    void refusesAUnitWhoseParentIsNotOneLevelUp() throws Exception {
        GridUnit gridUnderTown = unit("330381001001002", AdminLevel.GRID, WEST_TOWN.code(), box(LON, LAT, LON + 0.01, LAT + 0.01));
        GridUnit microUnderCommunity = unit("330381001001002003", AdminLevel.MICRO_GRID, COMMUNITY.code(),
                box(LON, LAT, LON + 0.01, LAT + 0.01));

        GridValidationException refused = refusedWithoutChange(gridUnderTown);

        assertThat(refused.field()).isEqualTo("level");
        assertThat(refused.getMessage()).contains("community", "town");
        assertThat(refusedWithoutChange(microUnderCommunity).field()).isEqualTo("level");
    }

    @Test
    void refusesAnUnknownParent() throws Exception {
        GridUnit orphan = unit("330381001001009001", AdminLevel.MICRO_GRID, "330381001001009", box(LON, LAT, LON + 0.01, LAT + 0.01));

        GridValidationException refused = refusedWithoutChange(orphan);

        assertThat(refused.field()).isEqualTo("parent");
        assertThat(refused.getMessage()).contains("330381001001009");
    }

    @Test
    void refusesBadCodesNamesAndWorkersAboveGridLevel() throws Exception {
        GridUnit shortCode = unit("33038100100100101", AdminLevel.MICRO_GRID, GRID.code(), box(LON, LAT, LON + 0.01, LAT + 0.01));
        GridUnit letters = unit("33038100100100100A", AdminLevel.MICRO_GRID, GRID.code(), box(LON, LAT, LON + 0.01, LAT + 0.01));
        GridUnit foreign = unit("330382001001001001", AdminLevel.MICRO_GRID, GRID.code(), box(LON, LAT, LON + 0.01, LAT + 0.01));
        GridUnit nameless = new GridUnit("330381001001001002", " ", AdminLevel.MICRO_GRID, GRID.code(),
                box(LON, LAT, LON + 0.01, LAT + 0.01), null);
        GridUnit townWithWorker = new GridUnit("330381003", "三镇", AdminLevel.TOWN, COUNTY.code(),
                box(LON, LAT, LON + 0.01, LAT + 0.01), new GridWorker("张三", "13812345678"));
        GridUnit secondCounty = unit("330382", AdminLevel.COUNTY, "330381", COUNTY.geometry());

        assertThat(refusedWithoutChange(shortCode).field()).isEqualTo("code");
        assertThat(refusedWithoutChange(letters).field()).isEqualTo("code");
        assertThat(refusedWithoutChange(foreign).field()).isEqualTo("code");
        assertThat(refusedWithoutChange(nameless).field()).isEqualTo("name");
        assertThat(refusedWithoutChange(townWithWorker).field()).isEqualTo("worker");
        assertThat(refusedWithoutChange(secondCounty).field()).isEqualTo("parent");
    }

    @Test
    void aRefusedUnitLateInTheBatchLeavesNothingStored() {
        GridUnit orphan = unit("330381002001", AdminLevel.COMMUNITY, "330381002", box(LON + 0.2, LAT, LON + 0.3, LAT + 0.1));

        assertThatThrownBy(() -> units.save(List.of(COUNTY, WEST_TOWN, COMMUNITY, orphan)))
                .isInstanceOf(GridValidationException.class)
                .satisfies(refused -> assertThat(((GridValidationException) refused).field()).isEqualTo("parent"));
        assertThat(units.count()).isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void refusesTheSameCodeTwiceInABatch() {
        assertThatThrownBy(() -> units.save(List.of(COUNTY, WEST_TOWN, WEST_TOWN)))
                .isInstanceOf(GridValidationException.class)
                .satisfies(refused -> assertThat(((GridValidationException) refused).field()).isEqualTo("code"));
        assertThat(units.count()).isZero();
    }

    @Test
    void refusesANegativeTolerance() {
        assertThatThrownBy(() -> new JdbcGridUnits(openStore.store(), new JtsGeometryValidator(), events, tolerance(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parentToleranceMetres");
    }

    /** Saves {@code bad} on top of the hierarchy and checks that it is refused and nothing changed. */
    private GridValidationException refusedWithoutChange(GridUnit bad) throws Exception {
        if (units.count() == 0) {
            saveHierarchy();
        }
        List<GridUnit> before = everything();
        int eventsBefore = events.events().size();
        try {
            units.save(List.of(bad));
        } catch (GridValidationException refused) {
            assertThat(everything()).as("store unchanged").isEqualTo(before);
            assertThat(events.events()).hasSize(eventsBefore);
            return refused;
        }
        throw new AssertionError("saved " + bad.code() + " although it should have been refused");
    }

    private List<GridUnit> everything() {
        return units.query(new GridQuery(null, null, null, null, 0, Integer.MAX_VALUE)).units();
    }

    static List<String> codes(GridPage page) {
        return page.units().stream().map(GridUnit::code).toList();
    }

    static GridUnitsConfig tolerance(double metres) {
        return Configs.of(GridUnitsConfig.class, java.util.Map.of("parentToleranceMetres", metres));
    }

    static void execute(TestStores.OpenStore store, String sql) throws SQLException {
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
