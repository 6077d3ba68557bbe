package org.gridpatrol.geo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain decimal text for coordinates: rounded, no exponent, no trailing zeros. */
final class Decimals {

    /** Eight decimals of a degree are about a millimetre: finer is noise, coarser loses survey data. */
    static final int GEOJSON_SCALE = 8;
    /** Seven decimals (about a centimetre) are enough to find a place named in an error message. */
    private static final int MESSAGE_SCALE = 7;

    private Decimals() {
    }

    /** {@code value} rounded half-even to {@code scale} decimals, e.g. 120.1 not 1.201E2. */
    static String plain(double value, int scale) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** "(lon, lat)" for error messages. */
    static String lonLat(double lon, double lat) {
        return "(" + plain(lon, MESSAGE_SCALE) + ", " + plain(lat, MESSAGE_SCALE) + ")";
    }
}
