package org.gridpatrol.grid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** validateAll and validateCoverage on the gis-data demo hierarchy, clean and broken. */
class CoverageRulesTest {

    private final Demo demo = Demo.demo();
    private final TopologyValidator validator = new TopologyValidator(TopologyRules.DEFAULTS);

    @Test
    void theDemoHierarchyIsClean() {
        assertThat(demo.units()).hasSize(446);
        assertThat(validator.validateAll(demo.units())).isEmpty();
    }

    @Test
    void everyGridIsCoveredByItsMicroGrids() {
        for (GridUnit grid : demo.level(AdminLevel.GRID)) {
            assertThat(validator.validateCoverage(grid, demo.children(grid.code()))).as(grid.code()).isEmpty();
        }
    }

    @Test
    void aSelfIntersectingRingIsLocatedWhereItCrossesItself() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(0);
        GridUnit microGrid = demo.children(grid.code()).get(2);
        Coordinate crossing = microGrid.geometry().getInteriorPoint().getCoordinate();

        List<Violation> found = validator.validateCoverage(grid,
                replaced(demo.children(grid.code()), Demo.withGeometry(microGrid, Shapes.bowTie(crossing, 5))));

        // Only the invalid geometry: the hole it leaves in the tiling is not reported on top of it.
        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(ViolationKind.INVALID_GEOMETRY);
            assertThat(violation.codes()).containsExactly(microGrid.code());
            assertThat(violation.location().getGeometryType()).isEqualTo("Point");
            assertThat(violation.location().getCoordinate().distance(crossing)).isLessThan(1e-9);
            assertThat(violation.message()).contains(microGrid.code(), "Self-intersection");
        });
    }

    @Test
    void aHoleInAMicroGridIsAGapInItsGrid() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(1);
        GridUnit microGrid = demo.children(grid.code()).get(0);
        Polygon hole = Shapes.square(microGrid.geometry().getInteriorPoint().getCoordinate(), 10);

        List<Violation> found = validator.validateCoverage(grid,
                replaced(demo.children(grid.code()), Demo.withGeometry(microGrid,
                        Shapes.withHole(microGrid.geometry(), hole))));

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(ViolationKind.GAP);
            assertThat(violation.codes()).containsExactly(grid.code(), microGrid.code());
            assertThat(symmetricDifferenceSquareMetres(violation.location(), hole)).isLessThan(0.01);
            assertThat(violation.message()).containsPattern("(19\\.[89]\\d|20\\.[01]\\d) m wide");
        });
    }

    @Test
    void aDuplicateCodeIsReportedOnce() {
        GridUnit microGrid = demo.level(AdminLevel.MICRO_GRID).get(7);
        List<GridUnit> units = new ArrayList<>(demo.units());
        units.add(microGrid);

        List<Violation> found = validator.validateAll(units);

        assertThat(found).filteredOn(violation -> violation.kind() == ViolationKind.DUPLICATE_CODE)
                .singleElement().satisfies(violation -> assertThat(violation.codes()).containsExactly(microGrid.code()));
        assertThat(found).filteredOn(violation -> violation.kind() == ViolationKind.OVERLAP)
                .singleElement().satisfies(violation ->
                        assertThat(violation.codes()).containsExactly(microGrid.code(), microGrid.code()));
        assertThat(found).extracting(Violation::kind)
                .containsOnly(ViolationKind.DUPLICATE_CODE, ViolationKind.OVERLAP);
    }

    @Test
    void childrenOfAnotherParentAreACallerError() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(0);
        GridUnit stranger = demo.children(demo.level(AdminLevel.GRID).get(1).code()).get(0);

        assertThatThrownBy(() -> validator.validateCoverage(grid, List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stranger.code());
    }

    @Test
    void aGridPlacedUnderATownIsAtTheWrongLevel() {
        GridUnit town = demo.level(AdminLevel.TOWN).get(0);
        GridUnit grid = demo.level(AdminLevel.GRID).stream().filter(g -> !g.code().startsWith(town.code()))
                .findFirst().orElseThrow();
        GridUnit misplaced = new GridUnit(grid.code(), grid.name(), AdminLevel.GRID, town.code(), grid.geometry(), null);

        List<Violation> found = validator.validateAll(replaced(demo.units(), misplaced));

        assertThat(found).filteredOn(violation -> violation.codes().get(0).equals(grid.code()))
                .extracting(Violation::kind).contains(ViolationKind.WRONG_LEVEL);
    }

    static List<GridUnit> replaced(List<GridUnit> units, GridUnit replacement) {
        return units.stream().map(unit -> unit.code().equals(replacement.code()) ? replacement : unit).toList();
    }

    static double symmetricDifferenceSquareMetres(Geometry a, Geometry b) {
        return Shapes.squareMetres(Shapes.LON_LAT.createGeometry(a).symDifference(Shapes.LON_LAT.createGeometry(b)));
    }
}
