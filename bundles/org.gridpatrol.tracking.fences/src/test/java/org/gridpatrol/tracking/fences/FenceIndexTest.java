package org.gridpatrol.tracking.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gridpatrol.tracking.api.Fence;
import org.junit.jupiter.api.Test;

class FenceIndexTest {

    private final Fence courtyard = Fences.polygon("courtyard", "Courtyard", Fence.GRID,
            Geo.wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"));
    private final Fence islands = Fences.polygon("islands", "Islands", Fence.GRID,
            Geo.wkt("MULTIPOLYGON (((20 0, 22 0, 22 2, 20 2, 20 0)), ((30 0, 32 0, 32 2, 30 2, 30 0)))"));
    private final Fence overlap = Fences.polygon("overlap", "Overlap", Fence.CHECKPOINT,
            Geo.wkt("POLYGON ((8 8, 12 8, 12 12, 8 12, 8 8))"));
    private final FenceIndex index = new FenceIndex(List.of(courtyard, islands, overlap));

    @Test
    void pointInTheHoleIsOutsideButItsRimIsInside() {
        assertThat(index.containing(5, 5)).isEmpty();
        assertThat(index.containing(2, 2)).containsExactly("courtyard");
        assertThat(index.containing(4, 5)).containsExactly("courtyard");
    }

    @Test
    void pointsOnEdgesAndVerticesCountAsInside() {
        assertThat(index.containing(0, 5)).containsExactly("courtyard");
        assertThat(index.containing(10, 0)).containsExactly("courtyard");
        assertThat(index.containing(-0.000001, 5)).isEmpty();
    }

    @Test
    void everyPartOfAMultipolygonIsTheSameFence() {
        assertThat(index.containing(21, 1)).containsExactly("islands");
        assertThat(index.containing(31, 1)).containsExactly("islands");
        assertThat(index.containing(26, 1)).isEmpty();
    }

    @Test
    void overlappingFencesAreAllReported() {
        assertThat(index.containing(9, 9)).containsExactly("courtyard", "overlap");
        assertThat(index.containing(11, 11)).containsExactly("overlap");
    }

    @Test
    void segmentReportsEveryFenceItTouchesButNotOneItSkipsThroughAHole() {
        assertThat(index.crossedBy(-1, 1, 40, 1)).containsExactly("courtyard", "islands");
        assertThat(index.crossedBy(4.5, 5, 5.5, 5)).isEmpty();
        assertThat(index.crossedBy(15, -1, 15, 20)).isEmpty();
        assertThat(index.crossedBy(9, 9, 9, 9)).containsExactly("courtyard", "overlap");
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> new FenceIndex(List.of(courtyard, courtyard)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("courtyard");
    }
}
