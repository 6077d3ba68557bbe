package org.gridpatrol.grid.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class LocalMetresTest {

    private static final GeometryFactory LON_LAT = new GeometryFactory();

    @Test
    void degreesMatchTheEllipsoidsKnownLengths() {
        // GRS80/CGCS2000 radii of curvature: at the equator N = 6,378,137.0 m and M = 6,335,439.3 m, at 45°N
        // N = 6,388,838.3 m and M = 6,367,381.8 m; metres per degree are N·cos(lat)·π/180 and M·π/180.
        assertDegree(0, 111_319.5, 110_574.3);
        assertDegree(45, 78_846.8, 111_131.8);
    }

    @Test
    void theFrameIsCentredOnWhatItMeasures() {
        Geometry box = LON_LAT.toGeometry(new Envelope(120.6, 120.602, 27.8, 27.801));
        Envelope metres = LocalMetres.around(box).toMetres(box).getEnvelopeInternal();

        assertThat(metres.getMinX()).isCloseTo(-metres.getMaxX(), within(1e-9));
        assertThat(metres.getMinY()).isCloseTo(-metres.getMaxY(), within(1e-9));
        assertThat(LocalMetres.around(box).squareMetres(box)).isCloseTo(metres.getArea(), within(1e-6));
    }

    @Test
    void refusesTheNothingAndThePoles() {
        assertThatThrownBy(() -> LocalMetres.around(LON_LAT.createPolygon())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalMetres.around(LON_LAT.createPoint(new Coordinate(0, 89.5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertDegree(double lat, double lonMetres, double latMetres) {
        Geometry tenth = LON_LAT.toGeometry(new Envelope(-0.05, 0.05, lat - 0.05, lat + 0.05));
        Envelope metres = LocalMetres.around(tenth).toMetres(tenth).getEnvelopeInternal();
        assertThat(metres.getWidth() * 10).isCloseTo(lonMetres, within(0.5));
        assertThat(metres.getHeight() * 10).isCloseTo(latMetres, within(0.5));
    }
}
