package org.gridpatrol.grid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** validateChange: edits of the demo hierarchy as an editor would save them. */
class ChangeRulesTest {

    private final Demo demo = Demo.demo();
    private final TopologyValidator validator = new TopologyValidator(TopologyRules.DEFAULTS);
    private final GridHierarchy before = GridHierarchy.of(demo.units());
    private static JunctionMove junction;

    @BeforeAll
    static void findJunction() {
        junction = junctionMove(Demo.demo());
    }

    /** A vertex shared by three micro-grids, inside their grid, and a direction that opens a gap and an overlap. */
    private record JunctionMove(GridUnit microGrid, Coordinate vertex, double east, double north) {

        GridUnit moved(double metres) {
            return Demo.withGeometry(microGrid, Shapes.moveVertex(microGrid.geometry(), vertex, east * metres,
                    north * metres));
        }
    }

    @Test
    void movingASharedVertexOneMetreOpensAGapAndAnOverlapWhereTheVertexWas() {
        JunctionMove move = junction;
        GridUnit moved = move.moved(1);
        Geometry lost = move.microGrid().geometry().difference(moved.geometry());
        Geometry gained = moved.geometry().difference(move.microGrid().geometry());

        List<Violation> found = validator.validateChange(before, List.of(moved), List.of());

        assertThat(found).extracting(Violation::kind).containsOnly(ViolationKind.GAP, ViolationKind.OVERLAP);
        Violation gap = found.stream().filter(v -> v.kind() == ViolationKind.GAP).findFirst().orElseThrow();
        assertThat(gap.codes()).startsWith(moved.parentCode()).contains(moved.code());
        assertThat(CoverageRulesTest.symmetricDifferenceSquareMetres(gap.location(), lost))
                .isLessThan(0.001 * Shapes.squareMetres(lost));
        List<Violation> overlaps = found.stream().filter(v -> v.kind() == ViolationKind.OVERLAP).toList();
        assertThat(overlaps).allSatisfy(overlap -> assertThat(overlap.codes()).contains(moved.code()).hasSize(2));
        Geometry overlapArea = Shapes.LON_LAT.buildGeometry(overlaps.stream().map(Violation::location).toList())
                .union();
        assertThat(CoverageRulesTest.symmetricDifferenceSquareMetres(overlapArea, gained))
                .isLessThan(0.001 * Shapes.squareMetres(gained));
        assertThat(found).allSatisfy(v -> assertThat(Shapes.within(v.location(), move.vertex(), 1.5)).isTrue());
    }

    @Test
    void aShiftOfOneCentimetreIsWithinTheTolerance() {
        JunctionMove move = junction;
        GridUnit moved = move.moved(0.01);
        assertThat(moved.geometry().equalsExact(move.microGrid().geometry())).isFalse();

        assertThat(validator.validateChange(before, List.of(moved), List.of())).isEmpty();
        assertThat(new TopologyValidator(new TopologyRules(0.001, 0.001, 50))
                .validateChange(before, List.of(moved), List.of())).isNotEmpty();
    }

    @Test
    void movingAVertexOutOfTheGridIsReportedOutsideTheParent() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(3);
        Geometry gridBoundary = grid.geometry().getBoundary();
        for (GridUnit microGrid : demo.children(grid.code())) {
            for (Coordinate vertex : distinctVertices(microGrid.geometry())) {
                if (gridBoundary.distance(Shapes.LON_LAT.createPoint(vertex)) > 0) {
                    continue;
                }
                for (int degrees = 0; degrees < 360; degrees += 30) {
                    double east = Math.cos(Math.toRadians(degrees));
                    double north = Math.sin(Math.toRadians(degrees));
                    MultiPolygon moved = Shapes.moveVertex(microGrid.geometry(), vertex, 2 * east, 2 * north);
                    if (moved.isValid() && Shapes.squareMetres(moved.difference(grid.geometry())) > 1) {
                        List<Violation> found = validator.validateChange(before,
                                List.of(Demo.withGeometry(microGrid, moved)), List.of());
                        assertThat(found).filteredOn(v -> v.kind() == ViolationKind.OUTSIDE_PARENT).singleElement()
                                .satisfies(v -> {
                                    assertThat(v.codes()).containsExactly(microGrid.code(), grid.code());
                                    assertThat(Shapes.within(v.location(), vertex, 2.5)).isTrue();
                                });
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no vertex on the boundary of grid " + grid.code());
    }

    @Test
    void deletingAMicroGridLeavesItsShapeAsAGap() {
        GridUnit microGrid = demo.level(AdminLevel.MICRO_GRID).get(10);

        List<Violation> found = validator.validateChange(before, List.of(), List.of(microGrid.code()));

        assertThat(found).singleElement().satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(ViolationKind.GAP);
            assertThat(gap.codes().get(0)).isEqualTo(microGrid.parentCode());
            assertThat(gap.codes()).doesNotContain(microGrid.code()).hasSizeGreaterThan(1);
            assertThat(CoverageRulesTest.symmetricDifferenceSquareMetres(gap.location(), microGrid.geometry()))
                    .isLessThan(0.01);
        });
    }

    @Test
    void deletingAGridButNotItsMicroGridsOrphansThem() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(5);
        List<GridUnit> microGrids = demo.children(grid.code());

        List<Violation> found = validator.validateChange(before, List.of(), List.of(grid.code()));

        assertThat(found).filteredOn(v -> v.kind() == ViolationKind.MISSING_PARENT)
                .extracting(v -> v.codes().get(0))
                .containsExactlyElementsOf(microGrids.stream().map(GridUnit::code).toList());
        assertThat(found).filteredOn(v -> v.kind() == ViolationKind.GAP).singleElement()
                .satisfies(gap -> assertThat(gap.codes().get(0)).isEqualTo(grid.parentCode()));
    }

    @Test
    void reshapingAGridChecksItsOwnMicroGridsAndItsCommunity() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(8);
        GridUnit microGrid = demo.children(grid.code()).get(0);
        Polygon hole = Shapes.square(microGrid.geometry().getInteriorPoint().getCoordinate(), 10);

        List<Violation> found = validator.validateChange(before,
                List.of(Demo.withGeometry(grid, Shapes.withHole(grid.geometry(), hole))), List.of());

        assertThat(found).extracting(Violation::kind)
                .containsExactlyInAnyOrder(ViolationKind.GAP, ViolationKind.OUTSIDE_PARENT);
        assertThat(found).allSatisfy(v ->
                assertThat(CoverageRulesTest.symmetricDifferenceSquareMetres(v.location(), hole)).isLessThan(0.01));
        assertThat(found).filteredOn(v -> v.kind() == ViolationKind.GAP).singleElement()
                .satisfies(gap -> assertThat(gap.codes()).startsWith(grid.parentCode(), grid.code()));
        assertThat(found).filteredOn(v -> v.kind() == ViolationKind.OUTSIDE_PARENT).singleElement()
                .satisfies(outside -> assertThat(outside.codes()).containsExactly(microGrid.code(), grid.code()));
    }

    @Test
    void splittingOffATinyPieceIsASliverAndNothingElse() {
        GridUnit microGrid = demo.level(AdminLevel.MICRO_GRID).get(20);
        Geometry piece = Shapes.square(microGrid.geometry().getInteriorPoint().getCoordinate(), 3);
        GridUnit rest = Demo.withGeometry(microGrid, Shapes.multi(microGrid.geometry().difference(piece)));
        String newCode = microGrid.parentCode() + "999";
        GridUnit sliver = new GridUnit(newCode, "sliver", AdminLevel.MICRO_GRID, microGrid.parentCode(),
                Shapes.multi(piece), null);

        List<Violation> found = validator.validateChange(before, List.of(rest, sliver), List.of());

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(ViolationKind.SLIVER);
            assertThat(violation.codes()).containsExactly(newCode);
            assertThat(violation.message()).contains("below the minimum 50.00 m²");
        });
    }

    @Test
    void twoChangedUnitsWithOneCodeAreADuplicate() {
        GridUnit microGrid = demo.level(AdminLevel.MICRO_GRID).get(30);

        List<Violation> found = validator.validateChange(before, List.of(microGrid, microGrid), List.of());

        assertThat(found).extracting(Violation::kind).containsExactly(ViolationKind.DUPLICATE_CODE);
    }

    @Test
    void anEditReadsOnlyTheParentItTouches() {
        JunctionMove move = junction;
        RecordingHierarchy recording = new RecordingHierarchy(before);

        validator.validateChange(recording, List.of(move.moved(1)), List.of());

        assertThat(recording.childrenAskedFor).containsOnly(move.microGrid().parentCode(), move.microGrid().code());
    }

    /**
     * The first junction vertex of the demo where a 1 m move loses area on one side and gains on another,
     * moved in the direction where the smaller of the two is largest.
     */
    private static JunctionMove junctionMove(Demo demo) {
        for (GridUnit grid : demo.level(AdminLevel.GRID)) {
            Geometry gridBoundary = grid.geometry().getBoundary();
            List<GridUnit> siblings = demo.children(grid.code());
            for (GridUnit microGrid : siblings) {
                for (Coordinate vertex : distinctVertices(microGrid.geometry())) {
                    long sharing = siblings.stream().filter(other -> other != microGrid
                            && distinctVertices(other.geometry()).contains(vertex)).count();
                    if (sharing < 2 || gridBoundary.distance(Shapes.LON_LAT.createPoint(vertex)) < 1e-4) {
                        continue;
                    }
                    JunctionMove best = null;
                    double bestSmaller = 1;
                    for (int degrees = 0; degrees < 360; degrees += 15) {
                        JunctionMove move = new JunctionMove(microGrid, vertex, Math.cos(Math.toRadians(degrees)),
                                Math.sin(Math.toRadians(degrees)));
                        MultiPolygon moved = move.moved(1).geometry();
                        double smaller = Math.min(Shapes.squareMetres(microGrid.geometry().difference(moved)),
                                Shapes.squareMetres(moved.difference(microGrid.geometry())));
                        if (moved.isValid() && smaller > bestSmaller) {
                            best = move;
                            bestSmaller = smaller;
                        }
                    }
                    if (best != null) {
                        return best;
                    }
                }
            }
        }
        throw new AssertionError("no junction vertex in the demo data");
    }

    private static Set<Coordinate> distinctVertices(Geometry geometry) {
        return new LinkedHashSet<>(Arrays.asList(geometry.getCoordinates()));
    }

    /** Passes everything through and notes which parents' children were asked for. */
    private static final class RecordingHierarchy implements GridHierarchy {

        private final GridHierarchy delegate;
        private final List<String> childrenAskedFor = new ArrayList<>();

        RecordingHierarchy(GridHierarchy delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<GridUnit> unit(String code) {
            return delegate.unit(code);
        }

        @Override
        public List<GridUnit> children(String parentCode) {
            childrenAskedFor.add(parentCode);
            return delegate.children(parentCode);
        }
    }
}
