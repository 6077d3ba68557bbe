package org.gridpatrol.geo.internal;

import org.gridpatrol.geo.api.GeometryProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Plain-English reasons for JTS topology errors, for people who draw boundaries, not for GIS experts. */
final class TopologyReasons {

    private TopologyReasons() {
    }

    static GeometryProblem problem(TopologyValidationError error) {
        String reason = reason(error);
        Coordinate at = error.getCoordinate();
        if (at == null || Double.isNaN(at.x) || Double.isNaN(at.y)) {
            return GeometryProblem.unlocated(reason);
        }
        return new GeometryProblem(reason + " at " + Decimals.lonLat(at.x, at.y), at.x, at.y);
    }

    private static String reason(TopologyValidationError error) {
        switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION:
                return "the boundary crosses itself or another ring (self-intersection)";
            case TopologyValidationError.RING_SELF_INTERSECTION:
                return "a ring touches itself, pinching the area (ring self-intersection)";
            case TopologyValidationError.TOO_FEW_POINTS:
                return "a ring has too few distinct points to enclose an area";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL:
                return "a hole lies outside the outer ring of its polygon";
            case TopologyValidationError.NESTED_HOLES:
                return "a hole lies inside another hole";
            case TopologyValidationError.DISCONNECTED_INTERIOR:
                return "holes cut the polygon's interior into separate pieces";
            case TopologyValidationError.NESTED_SHELLS:
                return "one polygon of the multipolygon lies inside another (nested shells)";
            case TopologyValidationError.DUPLICATE_RINGS:
                return "two rings are identical";
            case TopologyValidationError.RING_NOT_CLOSED:
                return "a ring is not closed: its last point must repeat its first";
            case TopologyValidationError.INVALID_COORDINATE:
                return "a coordinate is not a finite number";
            case TopologyValidationError.REPEATED_POINT:
                return "a point is repeated";
            default:
                return "the geometry is invalid: " + error.getMessage();
        }
    }
}
