package org.gridpatrol.tracking.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gridpatrol.tracking.api.Fence;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class FencesTest {

    private static final double LON = 120.64;
    private static final double LAT = 27.8;

    @Test
    void circleVerticesLieOnTheRadiusWithinHalfAPercentOfHaversine() {
        Fence fence = Fences.circle("cp-1", "Town entrance", LON, LAT, 100);

        Coordinate[] ring = fence.area().getCoordinates();
        assertThat(ring.length).isGreaterThan(100);
        for (Coordinate vertex : ring) {
            assertThat(Geo.haversineMetres(LON, LAT, vertex.x, vertex.y)).isCloseTo(100, within(0.5));
        }
    }

    @Test
    void circleNorthernmostVertexMatchesTheMeridianRadiusWorkedByHand() {
        // At 27.8°N on CGCS2000: M = a(1-e²)/(1-e² sin²φ)^1.5 = 6,349,302 m, so one degree of latitude is
        // 110,816 m and 100 m north is 0.00090239°.
        Fence fence = Fences.circle("cp-1", "Town entrance", LON, LAT, 100);

        assertThat(fence.area().getEnvelopeInternal().getMaxY() - LAT).isCloseTo(0.00090239, within(2e-8));
        assertThat(fence.source()).isEqualTo(Fence.CHECKPOINT);
        assertThat(fence.area().getSRID()).isEqualTo(Fences.CGCS2000);
    }

    @Test
    void corridorFollowsABentRoadAndEndsFlat() {
        LineString road = (LineString) Geo.wkt("LINESTRING (120.640 27.800, 120.650 27.800, 120.650 27.810)");
        FenceIndex index = new FenceIndex(java.util.List.of(Fences.corridor("road", "Provincial road", road, 20)));
        double tenMetresLat = 10 / 110_816.0;
        double tenMetresLon = 10 / 98_543.0;

        assertThat(index.containing(120.645, 27.800 + tenMetresLat)).containsExactly("road");
        assertThat(index.containing(120.645, 27.800 - 3 * tenMetresLat)).isEmpty();
        assertThat(index.containing(120.650 + tenMetresLon, 27.805)).containsExactly("road");
        assertThat(index.containing(120.650 + 3 * tenMetresLon, 27.805)).isEmpty();
        // Round join outside the bend, flat cap beyond the end of the road.
        assertThat(index.containing(120.650 + tenMetresLon, 27.800 - tenMetresLat)).containsExactly("road");
        assertThat(index.containing(120.640 - tenMetresLon, 27.800)).isEmpty();
    }

    @Test
    void polygonRejectsInvalidEmptyAndNonPolygonalAreas() {
        assertThatThrownBy(() -> Fences.polygon("bow", "Bow tie", Fence.CHECKPOINT,
                Geo.wkt("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid");
        assertThatThrownBy(() -> Fences.polygon("e", "Empty", Fence.CHECKPOINT, Geo.wkt("POLYGON EMPTY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Fences.polygon("l", "Line", Fence.CHECKPOINT, Geo.wkt("LINESTRING (0 0, 1 1)")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Polygon");
        assertThatThrownBy(() -> Fences.polygon("far", "Far", Fence.CHECKPOINT,
                Geo.wkt("POLYGON ((200 0, 201 0, 201 1, 200 0))")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
        assertThatThrownBy(() -> Fences.circle("c", "Zero", LON, LAT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
