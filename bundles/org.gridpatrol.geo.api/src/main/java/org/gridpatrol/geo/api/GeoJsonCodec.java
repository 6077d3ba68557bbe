package org.gridpatrol.geo.api;

import org.locationtech.jts.geom.Geometry;

/** GeoJSON (RFC 7946) geometry objects to and from JTS, coordinates lon/lat. */
public interface GeoJsonCodec {

    /**
     * Reads a GeoJSON geometry object.
     *
     * @throws GeoInputException naming {@code field} and, where possible, the place of the problem
     */
    Geometry read(String geoJson, String field) throws GeoInputException;

    /** Writes a GeoJSON geometry object. */
    String write(Geometry geometry);
}
