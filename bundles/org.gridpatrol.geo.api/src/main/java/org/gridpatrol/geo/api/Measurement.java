package org.gridpatrol.geo.api;

import org.locationtech.jts.geom.Geometry;

/**
 * Metric measurement of CGCS2000 lon/lat geometries, done in the CGCS2000 3° Gauss-Krüger zone
 * chosen by the geometry's centre: "CGCS2000 / 3-degree Gauss-Kruger CM nnnE", EPSG:4534 (CM 75°E)
 * to EPSG:4554 (CM 135°E), false easting 500 km without zone prefix; CM 120°E is EPSG:4549.
 */
public interface Measurement {

    /** Area in square metres. */
    double areaSquareMetres(Geometry lonLatGeometry);

    /** Length (perimeter for polygons) in metres. */
    double lengthMetres(Geometry lonLatGeometry);

    /** The geometry projected into the Gauss-Krüger zone of its centre, in metres. */
    Geometry toProjected(Geometry lonLatGeometry);

    /** The EPSG code of the CGCS2000 3° Gauss-Krüger CM zone for a longitude, e.g. 4549 for 120.6°E. */
    int gaussKrugerEpsg(double lon);
}
