package org.gridpatrol.gisdata.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A hand-traced, approximate outline of Rui'an (瑞安市, 330381), mainland only. It follows the general shape
 * (Wencheng to the west, Ouhai and Longwan to the north, Pingyang to the south, the East China Sea to the
 * east with the Feiyun river mouth) to a few hundred metres at best. It is NOT an official boundary.
 */
public final class RuianOutline {

    /** lon, lat; clockwise from the north-east corner on the coast near the Longwan border. */
    private static final double[][] VERTICES = {
        {120.715, 27.880}, {120.725, 27.850}, {120.720, 27.815}, {120.712, 27.790}, // coast, north of the river
        {120.718, 27.765}, {120.704, 27.756}, {120.713, 27.738},                    // Feiyun river mouth
        {120.700, 27.710}, {120.690, 27.685},                                       // coast, south of the river
        {120.660, 27.675}, {120.620, 27.680}, {120.580, 27.665}, {120.545, 27.640}, // Pingyang border
        {120.500, 27.625}, {120.450, 27.630}, {120.400, 27.622}, {120.350, 27.640},
        {120.300, 27.655},
        {120.260, 27.690}, {120.250, 27.735}, {120.270, 27.775}, {120.255, 27.815}, // Wencheng border
        {120.285, 27.850},
        {120.320, 27.880}, {120.370, 27.905}, {120.420, 27.930}, {120.470, 27.920}, // Ouhai border
        {120.520, 27.905}, {120.560, 27.885}, {120.600, 27.890}, {120.640, 27.900},
        {120.680, 27.895},                                                          // Longwan border
    };

    private RuianOutline() {
    }

    /** The outline as a polygon on the output precision grid. */
    public static Polygon polygon() {
        Coordinate[] ring = new Coordinate[VERTICES.length + 1];
        for (int i = 0; i < VERTICES.length; i++) {
            ring[i] = new Coordinate(VERTICES[i][0], VERTICES[i][1]);
            Geometries.PRECISION.makePrecise(ring[i]);
        }
        ring[VERTICES.length] = ring[0].copy();
        return Geometries.FACTORY.createPolygon(ring);
    }
}
