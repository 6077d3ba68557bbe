package org.gridpatrol.wfs.internal;

import org.locationtech.jts.geom.Envelope;

/**
 * Turns a client's box (two corners in the axis order of its CRS) into a lon/lat envelope, refusing
 * corners that only make sense with the axes swapped — the usual sign of a client that got the
 * urn-vs-short-name rule of {@link Crs} wrong, and a clear message instead of an empty answer.
 */
final class BoundingBoxes {

    private BoundingBoxes() {
    }

    /** {@code BBOX=a,b,c,d[,crs]} as sent in KVP requests. */
    static Envelope parseKvp(String text, WfsVersion version) {
        String[] parts = text.split(",");
        if (parts.length < 4) {
            throw WfsException.invalidParameter(version, "BBOX", "BBOX must be minx,miny,maxx,maxy[,crs], got '"
                    + text + "'");
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException notANumber) {
                throw WfsException.invalidParameter(version, "BBOX", "BBOX value " + (i + 1) + " is not a number: '"
                        + parts[i].trim() + "'");
            }
        }
        Crs crs = parts.length > 4
                ? Crs.require(String.join(",", java.util.Arrays.copyOfRange(parts, 4, parts.length)), "BBOX", version)
                : Crs.defaultFor(version);
        return envelope(numbers[0], numbers[1], numbers[2], numbers[3], crs, "BBOX", version);
    }

    /** Two corners as written in {@code crs}; {@code locator} names the parameter or element. */
    static Envelope envelope(double first1, double second1, double first2, double second2, Crs crs, String locator,
            WfsVersion version) {
        double lon1 = crs.latitudeFirst() ? second1 : first1;
        double lat1 = crs.latitudeFirst() ? first1 : second1;
        double lon2 = crs.latitudeFirst() ? second2 : first2;
        double lat2 = crs.latitudeFirst() ? first2 : second2;
        for (double lat : new double[] {lat1, lat2}) {
            if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
                throw WfsException.invalidParameter(version, locator, "latitude " + lat + " is outside -90..90: "
                        + crs.name() + " is read " + (crs.latitudeFirst() ? "lat/lon" : "lon/lat") + " ("
                        + "urn:ogc:def:crs:EPSG::4490 means latitude first, EPSG:4490 longitude first)");
            }
        }
        if (!Double.isFinite(lon1) || !Double.isFinite(lon2) || lon1 > lon2 || lat1 > lat2) {
            throw WfsException.invalidParameter(version, locator, "the box must have its lower corner first, got "
                    + "lon " + lon1 + ".." + lon2 + ", lat " + lat1 + ".." + lat2);
        }
        return new Envelope(lon1, lon2, lat1, lat2);
    }
}
