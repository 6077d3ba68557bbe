package org.gridpatrol.grid.rules.internal;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/** Numbers and places in violation messages. */
final class Texts {

    private Texts() {
    }

    static String metres(double value) {
        return String.format(Locale.ROOT, "%.2f m", value);
    }

    static String squareMetres(double value) {
        return String.format(Locale.ROOT, "%.2f m²", value);
    }

    static String lonLat(Coordinate at) {
        return String.format(Locale.ROOT, "%.7f, %.7f", at.x, at.y);
    }

    static String piece(Pieces.Piece piece, double toleranceMetres) {
        return squareMetres(piece.squareMetres()) + ", " + metres(piece.widthMetres()) + " wide (tolerance "
                + metres(toleranceMetres) + ") around " + lonLat(piece.lonLat().getInteriorPoint().getCoordinate());
    }

    static String codes(List<String> codes) {
        return String.join(", ", codes);
    }
}
