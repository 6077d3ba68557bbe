package org.gridpatrol.video.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A camera's field of view on the map: a circular sector of radius {@code range} around the camera,
 * centred on its heading, computed in a local east/north frame in metres (the ellipsoid's radii of
 * curvature at the camera's latitude; within a few hundred metres the error is centimetres) and
 * returned in lon/lat.
 */
final class ViewCone {

    /** CGCS2000 ellipsoid (equal to WGS84's within 0.1 mm). */
    private static final double SEMI_MAJOR_AXIS_METRES = 6_378_137;
    private static final double ECCENTRICITY_SQUARED = 0.00669438002290;
    /** One vertex per this many degrees of arc keeps the arc smooth at map scale. */
    private static final double DEGREES_PER_VERTEX = 5;

    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), CameraRows.SRID);

    /** The sector (a disc for 360°), exterior ring counter-clockwise as GeoJSON prefers. */
    Polygon of(double lon, double lat, double headingDeg, double fieldOfViewDeg, double rangeMetres) {
        double sinLat = Math.sin(Math.toRadians(lat));
        double w = Math.sqrt(1 - ECCENTRICITY_SQUARED * sinLat * sinLat);
        double meridianRadius = SEMI_MAJOR_AXIS_METRES * (1 - ECCENTRICITY_SQUARED) / (w * w * w);
        double primeVerticalRadius = SEMI_MAJOR_AXIS_METRES / w;
        double metresPerDegreeLat = Math.toRadians(1) * meridianRadius;
        double metresPerDegreeLon = Math.toRadians(1) * primeVerticalRadius * Math.cos(Math.toRadians(lat));
        boolean fullCircle = fieldOfViewDeg >= 360;
        int steps = Math.max(2, (int) Math.ceil(fieldOfViewDeg / DEGREES_PER_VERTEX));
        // Bearings clockwise from north; walking them from right to left edge runs counter-clockwise.
        double rightEdge = headingDeg + fieldOfViewDeg / 2;
        Coordinate[] ring = new Coordinate[fullCircle ? steps + 1 : steps + 3];
        int next = 0;
        if (!fullCircle) {
            ring[next++] = new Coordinate(lon, lat);
        }
        for (int i = 0; i <= steps; i++) {
            if (fullCircle && i == steps) {
                break;
            }
            double bearing = Math.toRadians(rightEdge - fieldOfViewDeg * i / steps);
            double east = rangeMetres * Math.sin(bearing);
            double north = rangeMetres * Math.cos(bearing);
            ring[next++] = new Coordinate(lon + east / metresPerDegreeLon, lat + north / metresPerDegreeLat);
        }
        ring[next] = new Coordinate(ring[0]);
        return geometries.createPolygon(ring);
    }
}
