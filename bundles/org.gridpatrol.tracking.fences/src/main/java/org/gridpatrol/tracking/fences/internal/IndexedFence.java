package org.gridpatrol.tracking.fences.internal;

import org.gridpatrol.tracking.api.Fence;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * A fence ready for queries: its prepared lon/lat area for containment and crossing, and its boundary in a
 * local metric frame for the distance that hysteresis needs. Immutable; queries are thread-safe (the JTS
 * indexes inside are fully built here).
 */
public final class IndexedFence {

    private static final GeometryFactory METRIC = new GeometryFactory();

    private final Fence fence;
    private final PreparedGeometry prepared;
    private final LocalFrame frame;
    private final IndexedFacetDistance boundaryDistance;

    public IndexedFence(Fence fence) {
        this.fence = fence;
        this.prepared = PreparedGeometryFactory.prepare(fence.area());
        this.frame = LocalFrame.around(fence.area());
        this.boundaryDistance = new IndexedFacetDistance(frame.toMetric(fence.area().getBoundary()));
    }

    public Fence fence() {
        return fence;
    }

    public String id() {
        return fence.id();
    }

    public PreparedGeometry prepared() {
        return prepared;
    }

    /** Inside or on the boundary. */
    public boolean covers(Point lonLat) {
        return prepared.covers(lonLat);
    }

    /** Metres from the point to the nearest point of the fence's boundary (holes included). */
    public double boundaryDistanceMetres(double lon, double lat) {
        return boundaryDistance.distance(METRIC.createPoint(new Coordinate(frame.x(lon), frame.y(lat))));
    }

    public Evidence evidence(Point lonLat, double hysteresisMetres) {
        boolean inside = covers(lonLat);
        if (hysteresisMetres > 0 && boundaryDistanceMetres(lonLat.getX(), lonLat.getY()) <= hysteresisMetres) {
            return Evidence.NONE;
        }
        return inside ? Evidence.INSIDE : Evidence.OUTSIDE;
    }
}
