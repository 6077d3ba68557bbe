package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

/** The fixed precision every output coordinate lives on, and small helpers around it. */
public final class Geometries {

    /** 1e-7 degrees (about 1 cm): the 7 decimals written to GeoJSON, so writing loses nothing. */
    public static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    /** CGCS2000 lon/lat; the SRID is informative only, JTS does not use it. */
    public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, 4490);

    private Geometries() {
    }

    /**
     * Dissolves polygons whose shared edges have identical vertices. No noding happens, so no coordinate is
     * created or moved: the result is exactly the outline of the pieces. The result is normalised because
     * the union's ring start points depend on hash order, and later steps (centroids) on the start points.
     */
    public static Geometry coverageUnion(Collection<? extends Geometry> pieces) {
        Geometry union = pieces.size() == 1
                ? pieces.iterator().next().copy()
                : CoverageUnion.union(FACTORY.buildGeometry(new ArrayList<>(pieces)));
        union.normalize();
        return union;
    }

    /** The polygons of a polygonal geometry as a MultiPolygon, exterior rings CCW and holes CW. */
    public static MultiPolygon toOrientedMultiPolygon(Geometry polygonal) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (!(part instanceof Polygon polygon)) {
                throw new IllegalStateException("not polygonal: " + part.getGeometryType());
            }
            if (!polygon.isEmpty()) {
                polygons.add(orient(polygon));
            }
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon orient(Polygon polygon) {
        LinearRing shell = oriented(polygon.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = oriented(polygon.getInteriorRingN(i), false);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
        boolean isCcw = Orientation.isCCWArea(ring.getCoordinates());
        LinearRing copy = FACTORY.createLinearRing(ring.getCoordinateSequence().copy());
        return isCcw == counterClockwise ? copy : copy.reverse();
    }
}
