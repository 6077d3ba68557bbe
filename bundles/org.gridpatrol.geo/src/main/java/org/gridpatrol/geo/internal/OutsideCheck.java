package org.gridpatrol.geo.internal;

import java.util.Optional;
import org.gridpatrol.geo.api.GeometryProblem;
import org.locationtech.jts.algorithm.construct.LargestEmptyCircle;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Finds how far a child geometry leaves its parent, in metres.
 *
 * <p>Which part lies outside is decided in lon/lat, where edges are straight as the store keeps
 * them, so a child sharing its parent's edges is never outside by projection noise. How far that
 * part reaches is then measured in the Gauss-Krüger zone: the farthest point of an outside area
 * from the parent is the centre of the largest circle inside it that avoids the parent's
 * boundary, which also serves as the place to show.
 */
final class OutsideCheck {

    /** Densify lon/lat edges to ~100 m so their projection bends like the edge (sagitta < 1 mm). */
    private static final double DENSIFY_DEGREES = 0.001;
    /** Accuracy of the farthest-point search. */
    private static final double SEARCH_TOLERANCE_METRES = 0.01;
    /** Overlay noise along shared edges leaves slivers far thinner than this. */
    private static final double NOISE_METRES = 0.001;

    private final GaussKrugerProjector projector;

    OutsideCheck(GaussKrugerProjector projector) {
        this.projector = projector;
    }

    Optional<GeometryProblem> problem(Geometry child, Geometry parent, double toleranceMetres) {
        if (child.isEmpty()) {
            return Optional.empty();
        }
        if (parent.isEmpty()) {
            return Optional.of(GeometryProblem.unlocated("the parent geometry is empty, so nothing lies inside it"));
        }
        Geometry outside = child.difference(parent);
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        int zoneEpsg = GaussKrugerProjector.zoneEpsg(child);
        Geometry parentBoundary = projected(parent.getBoundary(), zoneEpsg);
        Farthest farthest = null;
        for (int i = 0; i < outside.getNumGeometries(); i++) {
            Farthest candidate = farthestPoint(projected(outside.getGeometryN(i), zoneEpsg), parentBoundary);
            if (farthest == null || candidate.metres() > farthest.metres()) {
                farthest = candidate;
            }
        }
        if (farthest.metres() <= Math.max(toleranceMetres, NOISE_METRES)) {
            return Optional.empty();
        }
        Point where = (Point) projector.unproject(farthest.point(), zoneEpsg);
        return Optional.of(new GeometryProblem("lies outside its parent by up to "
                + Decimals.plain(farthest.metres(), 1) + " m (tolerance " + Decimals.plain(toleranceMetres, 1)
                + " m) at " + Decimals.lonLat(where.getX(), where.getY()), where.getX(), where.getY()));
    }

    private record Farthest(Point point, double metres) {
    }

    private static Farthest farthestPoint(Geometry outsidePart, Geometry parentBoundary) {
        if (outsidePart instanceof Polygonal) {
            LargestEmptyCircle circle = new LargestEmptyCircle(parentBoundary, outsidePart, SEARCH_TOLERANCE_METRES);
            return new Farthest(circle.getCenter(), circle.getRadiusLine().getLength());
        }
        // Points and (densified) lines: the farthest vertex is close enough to the farthest point.
        Farthest farthest = null;
        for (Coordinate vertex : outsidePart.getCoordinates()) {
            Point point = outsidePart.getFactory().createPoint(vertex);
            double metres = point.distance(parentBoundary);
            if (farthest == null || metres > farthest.metres()) {
                farthest = new Farthest(point, metres);
            }
        }
        return farthest;
    }

    private Geometry projected(Geometry lonLat, int zoneEpsg) {
        return projector.project(Densifier.densify(lonLat, DENSIFY_DEGREES), zoneEpsg);
    }
}
