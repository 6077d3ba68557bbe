package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The polygons of an overlay result (gap, overlap, outside part) that are wider than a tolerance.
 *
 * <p>A piece is wider than w when it survives an inward buffer of w/2: some disc of diameter w fits
 * inside it. Buffers cost the same for a 1 m² triangle as for a 500 m strip, unlike a grid search for
 * the largest inscribed circle, which refines along the whole length of a strip. Buffer arcs are
 * chords, so a piece less than 2 % wider than the tolerance may pass. Pieces whose area cannot hold
 * such a disc are dropped without buffering, which removes overlay noise along shared edges at once.
 * The reported width is found by bisection on the buffer distance, to 1 %.
 */
public final class Pieces {

    /** A piece in lon/lat, with its area and width measured in a frame centred on it. */
    public record Piece(Polygon lonLat, double squareMetres, double widthMetres) {
    }

    private static final double WIDTH_PRECISION = 1.01;
    private static final double SMALLEST_WIDTH_METRES = 1e-6;

    private Pieces() {
    }

    public static List<Piece> widerThan(Geometry overlayResult, double toleranceMetres) {
        List<Piece> wide = new ArrayList<>();
        for (Object part : PolygonExtracter.getPolygons(overlayResult)) {
            Polygon polygon = (Polygon) part;
            if (polygon.isEmpty()) {
                continue;
            }
            LocalMetres frame = LocalMetres.around(polygon);
            double squareMetres = frame.squareMetres(polygon);
            double widestPossible = 2 * Math.sqrt(squareMetres / Math.PI);
            if (widestPossible <= toleranceMetres) {
                continue;
            }
            Geometry metres = frame.toMetres(polygon);
            if (holdsDisc(metres, toleranceMetres)) {
                wide.add(new Piece(polygon, squareMetres, width(metres, toleranceMetres, widestPossible)));
            }
        }
        return wide;
    }

    private static boolean holdsDisc(Geometry metres, double diameter) {
        return diameter == 0 || !metres.buffer(-diameter / 2).isEmpty();
    }

    /** Bisection in ratio between a width the piece holds and one it cannot. */
    private static double width(Geometry metres, double holds, double cannot) {
        double low = Math.max(holds, SMALLEST_WIDTH_METRES);
        double high = cannot;
        while (high / low > WIDTH_PRECISION) {
            double middle = Math.sqrt(low * high);
            if (holdsDisc(metres, middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
