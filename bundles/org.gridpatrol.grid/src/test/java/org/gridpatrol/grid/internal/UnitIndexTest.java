package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridpatrol.grid.internal.Shapes.box;
import static org.gridpatrol.grid.internal.Shapes.multi;
import static org.gridpatrol.grid.internal.Shapes.rectangle;
import static org.gridpatrol.grid.internal.Shapes.rectangleWithHole;
import static org.gridpatrol.grid.internal.Shapes.unit;

import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;
import org.junit.jupiter.api.Test;

class UnitIndexTest {

    // county 0..4 x 0..2 (offset to Rui'an); town = west half; two communities; grid; micro-grids.
    private static final double LON = 120.0;
    private static final double LAT = 27.0;

    private static final GridUnit COUNTY = unit("330381", AdminLevel.COUNTY, null, box(LON, LAT, LON + 4, LAT + 2));
    private static final GridUnit TOWN = unit("330381001", AdminLevel.TOWN, "330381", box(LON, LAT, LON + 2, LAT + 2));
    private static final GridUnit EMPTY_TOWN =
            unit("330381002", AdminLevel.TOWN, "330381", box(LON + 2, LAT, LON + 4, LAT + 2));
    private static final GridUnit COMMUNITY =
            unit("330381001001", AdminLevel.COMMUNITY, "330381001", box(LON, LAT, LON + 2, LAT + 2));
    private static final GridUnit GRID =
            unit("330381001001001", AdminLevel.GRID, "330381001001", box(LON, LAT, LON + 2, LAT + 2));
    /** West square with a hole in its middle. */
    private static final GridUnit WEST = unit("330381001001001002", AdminLevel.MICRO_GRID, "330381001001001",
            multi(rectangleWithHole(LON, LAT, LON + 1, LAT + 1, LON + 0.4, LAT + 0.4, LON + 0.6, LAT + 0.6)));
    /** East square, sharing the edge lon = LON + 1 with WEST; its code is the lower one. */
    private static final GridUnit EAST = unit("330381001001001001", AdminLevel.MICRO_GRID, "330381001001001",
            box(LON + 1, LAT, LON + 2, LAT + 1));
    /** Two separate parts: the north-west and the north-east quarter of the grid. */
    private static final GridUnit SPLIT = unit("330381001001001003", AdminLevel.MICRO_GRID, "330381001001001",
            multi(rectangle(LON, LAT + 1, LON + 0.5, LAT + 2), rectangle(LON + 1.5, LAT + 1, LON + 2, LAT + 2)));

    private final UnitIndex index = UnitIndex.of(List.of(COUNTY, TOWN, EMPTY_TOWN, COMMUNITY, GRID, WEST, EAST, SPLIT));

    @Test
    void indexesOnlyUnitsWithoutChildren() {
        assertThat(index.unitCount()).isEqualTo(8);
        assertThat(index.leafCount()).as("3 micro-grids and the town without children").isEqualTo(4);
    }

    @Test
    void chainGoesFromTheMicroGridUpToTheCounty() {
        GridChain chain = index.locate(LON + 0.2, LAT + 0.2).orElseThrow();

        assertThat(chain.units()).extracting(GridUnit::code).containsExactly(
                WEST.code(), GRID.code(), COMMUNITY.code(), TOWN.code(), COUNTY.code());
        assertThat(chain.deepest()).isEqualTo(WEST);
        assertThat(chain.at(AdminLevel.TOWN)).contains(TOWN);
    }

    @Test
    void aPointInAHoleIsNotInTheUnitAroundIt() {
        assertThat(index.locate(LON + 0.5, LAT + 0.5)).isEmpty();
    }

    @Test
    void aPointOnTheEdgeOfAHoleBelongsToTheUnit() {
        assertThat(index.locate(LON + 0.4, LAT + 0.5)).map(GridChain::deepest).contains(WEST);
    }

    @Test
    void aPointOnASharedEdgeGoesToTheLowestCode() {
        assertThat(index.locate(LON + 1, LAT + 0.5)).map(GridChain::deepest).contains(EAST);
        assertThat(index.locate(LON + 1, LAT + 1)).as("corner shared by WEST, EAST and SPLIT's envelope")
                .map(GridChain::deepest).contains(EAST);
    }

    @Test
    void bothPartsOfAMultiPolygonAreFoundButNotTheGapBetweenThem() {
        assertThat(index.locate(LON + 0.25, LAT + 1.5)).map(GridChain::deepest).contains(SPLIT);
        assertThat(index.locate(LON + 1.75, LAT + 1.5)).map(GridChain::deepest).contains(SPLIT);
        assertThat(index.locate(LON + 1.0, LAT + 1.5)).as("inside SPLIT's envelope, between its parts").isEmpty();
    }

    @Test
    void aTownWithoutChildrenIsItselfALeaf() {
        GridChain chain = index.locate(LON + 3, LAT + 1).orElseThrow();

        assertThat(chain.units()).extracting(GridUnit::code).containsExactly(EMPTY_TOWN.code(), COUNTY.code());
    }

    @Test
    void aPointOutsideEveryUnitHasNoChain() {
        assertThat(index.locate(LON - 1, LAT)).isEmpty();
        assertThat(index.locate(LON + 2.5, LAT + 3)).isEmpty();
    }

    @Test
    void anEmptyIndexLocatesNothing() {
        assertThat(UnitIndex.of(List.of()).locate(LON, LAT)).isEmpty();
    }

    @Test
    void aChainStopsWhereAParentIsMissing() {
        UnitIndex orphans = UnitIndex.of(List.of(GRID, EAST));

        assertThat(orphans.locate(LON + 1.5, LAT + 0.5).orElseThrow().units()).containsExactly(EAST, GRID);
    }
}
