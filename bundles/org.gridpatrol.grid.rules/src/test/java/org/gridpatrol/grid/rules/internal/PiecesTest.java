package org.gridpatrol.grid.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Widths of strips and blocks near Rui'an, sized in metres through the frame's own scale. */
class PiecesTest {

    private static final GeometryFactory LON_LAT = new GeometryFactory();
    private static final double LON = 120.6;
    private static final double LAT = 27.8;

    @Test
    void aStripNarrowerThanTheToleranceDoesNotCountHoweverLong() {
        assertThat(Pieces.widerThan(strip(500, 0.04), 0.05)).isEmpty();
    }

    @Test
    void aStripWiderThanTheToleranceCountsWithItsWidthAndArea() {
        assertThat(Pieces.widerThan(strip(500, 0.06), 0.05)).singleElement().satisfies(piece -> {
            assertThat(piece.widthMetres()).isCloseTo(0.06, within(0.0012));
            assertThat(piece.squareMetres()).isCloseTo(30, within(0.01));
        });
    }

    @Test
    void everyPolygonOfACollectionIsJudgedOnItsOwn() {
        Geometry mixed = LON_LAT.buildGeometry(java.util.List.of(strip(100, 0.01), block(20, 10, 1000),
                LON_LAT.createLineString(new org.locationtech.jts.geom.Coordinate[] {
                    new org.locationtech.jts.geom.Coordinate(LON, LAT),
                    new org.locationtech.jts.geom.Coordinate(LON + 0.01, LAT)})));

        assertThat(Pieces.widerThan(mixed, 0.05)).singleElement()
                .satisfies(piece -> assertThat(piece.widthMetres()).isCloseTo(10, within(0.2)));
    }

    /** A strip along the parallel, {@code length} m east and {@code width} m north. */
    private static Geometry strip(double length, double width) {
        return block(length, width, 0);
    }

    private static Geometry block(double east, double north, double eastOffset) {
        Geometry probe = LON_LAT.toGeometry(new Envelope(LON, LON + 0.001, LAT, LAT + 0.001));
        Envelope unit = LocalMetres.around(probe).toMetres(probe).getEnvelopeInternal();
        double degreesPerMetreLon = 0.001 / unit.getWidth();
        double degreesPerMetreLat = 0.001 / unit.getHeight();
        double west = LON + eastOffset * degreesPerMetreLon;
        return LON_LAT.toGeometry(new Envelope(west, west + east * degreesPerMetreLon, LAT,
                LAT + north * degreesPerMetreLat));
    }
}
