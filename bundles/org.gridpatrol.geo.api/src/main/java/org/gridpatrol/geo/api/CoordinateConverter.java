package org.gridpatrol.geo.api;

/** Converts points reported by clients to the stored CGCS2000 lon/lat and back. */
public interface CoordinateConverter {

    /**
     * Converts a point given in {@code from} to CGCS2000.
     *
     * @throws GeoInputException when lon/lat are not finite or out of range
     */
    LonLat toCgcs2000(double lon, double lat, InputCrs from) throws GeoInputException;

    /** Converts a stored CGCS2000 point to {@code to}, e.g. to draw it on a GCJ-02 map SDK. */
    LonLat fromCgcs2000(LonLat point, InputCrs to);
}
