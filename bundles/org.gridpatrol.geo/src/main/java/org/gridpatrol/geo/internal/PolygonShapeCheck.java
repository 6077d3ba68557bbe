package org.gridpatrol.geo.internal;

import java.util.Optional;
import org.gridpatrol.geo.api.GeometryProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Finds the first reason a lon/lat geometry cannot be a boundary. Cheap checks run first and name
 * the ring and vertex; JTS {@link IsValidOp} then finds topology errors and where they are.
 */
final class PolygonShapeCheck {

    private PolygonShapeCheck() {
    }

    static Optional<GeometryProblem> problem(Geometry geometry) {
        if (geometry == null) {
            return Optional.of(GeometryProblem.unlocated("geometry is missing"));
        }
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            return Optional.of(GeometryProblem.unlocated(
                    "expected a Polygon or MultiPolygon, got a " + geometry.getGeometryType()));
        }
        if (geometry.isEmpty()) {
            return Optional.of(GeometryProblem.unlocated("geometry is empty"));
        }
        boolean multi = geometry instanceof MultiPolygon;
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(p);
            for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                LinearRing ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
                String ringName = "ring " + r + (multi ? " of polygon " + p : " of the polygon");
                Optional<GeometryProblem> problem = ringProblem(ring, ringName);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null ? Optional.empty() : Optional.of(TopologyReasons.problem(error));
    }

    private static Optional<GeometryProblem> ringProblem(LinearRing ring, String ringName) {
        Coordinate[] points = ring.getCoordinates();
        for (int i = 0; i < points.length; i++) {
            Optional<GeometryProblem> problem = vertexProblem(points, i, ringName);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (points.length == 0) {
            return Optional.of(GeometryProblem.unlocated(ringName + " is empty"));
        }
        Coordinate first = points[0];
        Coordinate last = points[points.length - 1];
        if (!first.equals2D(last)) {
            return Optional.of(new GeometryProblem(ringName + " is not closed: first "
                    + Decimals.lonLat(first.x, first.y) + " last " + Decimals.lonLat(last.x, last.y),
                    first.x, first.y));
        }
        if (points.length < 4) {
            return Optional.of(new GeometryProblem(ringName + " has " + points.length
                    + " points; a closed ring needs at least 4", first.x, first.y));
        }
        return Optional.empty();
    }

    private static Optional<GeometryProblem> vertexProblem(Coordinate[] points, int index, String ringName) {
        Coordinate point = points[index];
        String vertexName = "vertex " + index + " of " + ringName;
        if (!Double.isFinite(point.x) || !Double.isFinite(point.y)) {
            // Locate it by its neighbour, the nearest place a person can find on the map.
            Coordinate previous = index > 0 ? points[index - 1] : null;
            String reason = vertexName + " is not a finite lon/lat";
            return Optional.of(previous == null || !Double.isFinite(previous.x) || !Double.isFinite(previous.y)
                    ? GeometryProblem.unlocated(reason)
                    : new GeometryProblem(reason + " (after " + Decimals.lonLat(previous.x, previous.y) + ")",
                            previous.x, previous.y));
        }
        if (Math.abs(point.x) > 180 || Math.abs(point.y) > 90) {
            return Optional.of(new GeometryProblem(vertexName + " " + Decimals.lonLat(point.x, point.y)
                    + " is outside lon [-180, 180] / lat [-90, 90]", point.x, point.y));
        }
        return Optional.empty();
    }
}
