package org.gridpatrol.checkpoint.internal;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.geo.api.GeometryValidator;
import org.gridpatrol.geo.api.Measurement;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.fences.Fences;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The register's rules for one checkpoint, and its fence built from them. Fields are named as in the REST
 * body ({@code code, name, lon, lat, outline, sizeMetres}); geometry problems carry where they are.
 */
final class CheckpointValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final double MAX_RADIUS_METRES = 5_000;
    static final double MAX_HALF_WIDTH_METRES = 500;
    static final double MAX_CORRIDOR_METRES = 20_000;
    /** How far the place where staff stand may lie outside its fence (a gate beside a compound). */
    static final double LOCATION_SLACK_METRES = 100;

    private final GeometryValidator geometryValidator;
    private final Measurement measurement;

    CheckpointValidator(GeometryValidator geometryValidator, Measurement measurement) {
        this.geometryValidator = geometryValidator;
        this.measurement = measurement;
    }

    /** The checkpoint with its fence, name trimmed and a polygon's size 0; the grid code left to the register. */
    Checkpoint validated(Checkpoint checkpoint) throws CheckpointException {
        String code = checkpoint.code();
        if (!CODE.matcher(code).matches()) {
            throw new CheckpointException("code", "must be 1 to 64 letters, digits, '_' or '-', got '" + code + "'");
        }
        String name = checkpoint.name() == null ? "" : checkpoint.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw refused(code, "name", "must be non-blank and at most 200 characters");
        }
        Point location = location(code, checkpoint.location());
        double size = checkpoint.shape() == FenceShape.POLYGON ? 0 : checkpoint.sizeMetres();
        Geometry fence = switch (checkpoint.shape()) {
            case POLYGON -> polygon(code, name, checkpoint.outline());
            case CIRCLE -> circle(code, name, location, checkpoint.outline(), size);
            case CORRIDOR -> corridor(code, name, checkpoint.outline(), size);
        };
        double away = distanceMetres(location, fence);
        if (away > LOCATION_SLACK_METRES) {
            throw new CheckpointException("lon", "checkpoint " + code + ": lon/lat lie " + Math.round(away)
                    + " m from its fence; staff stand inside it or at most " + (int) LOCATION_SLACK_METRES
                    + " m away", location.getX(), location.getY());
        }
        return new Checkpoint(code, name, checkpoint.level(), location, checkpoint.shape(), checkpoint.outline(), size,
                fence, null);
    }

    private static Point location(String code, Point location) {
        if (location == null || location.isEmpty()) {
            throw refused(code, "lon", "is required, with lat");
        }
        if (!(Math.abs(location.getX()) <= 180)) {
            throw refused(code, "lon", "must be a number from -180 to 180, got " + location.getX());
        }
        if (!(Math.abs(location.getY()) <= 90)) {
            throw refused(code, "lat", "must be a number from -90 to 90, got " + location.getY());
        }
        return location;
    }

    private Geometry polygon(String code, String name, Geometry outline) {
        if (!(outline instanceof Polygon)) {
            throw refused(code, "outline", "must be a Polygon for shape POLYGON, got "
                    + (outline == null ? "nothing" : outline.getGeometryType()));
        }
        geometryValidator.polygonProblem(outline).ifPresent(problem -> {
            throw new CheckpointException("outline", "checkpoint " + code + ": " + problem.reason(), problem.lon(),
                    problem.lat());
        });
        return build(code, "outline", () -> Fences.polygon(fenceId(code), name, Fence.CHECKPOINT, outline));
    }

    private static Geometry circle(String code, String name, Point location, Geometry outline, double radius) {
        if (outline != null) {
            throw refused(code, "outline", "must be empty for shape CIRCLE: the circle is centred on lon/lat");
        }
        requireSize(code, radius, MAX_RADIUS_METRES, "the circle's radius");
        return build(code, "sizeMetres", () -> Fences.circle(fenceId(code), name, location.getX(), location.getY(),
                radius));
    }

    /** Both projected together, so they land in the same Gauss-Krüger zone. */
    private double distanceMetres(Point location, Geometry fence) {
        Geometry both = measurement.toProjected(
                fence.getFactory().createGeometryCollection(new Geometry[] {location, fence}));
        return both.getGeometryN(0).distance(both.getGeometryN(1));
    }

    private Geometry corridor(String code, String name, Geometry outline, double halfWidth) {
        if (!(outline instanceof LineString line)) {
            throw refused(code, "outline", "must be a LineString (the road's centre line) for shape CORRIDOR, got "
                    + (outline == null ? "nothing" : outline.getGeometryType()));
        }
        for (Coordinate vertex : line.getCoordinates()) {
            if (!(Math.abs(vertex.x) <= 180 && Math.abs(vertex.y) <= 90)) {
                throw new CheckpointException("outline", "checkpoint " + code + ": vertex outside lon/lat range",
                        Double.isFinite(vertex.x) ? vertex.x : Double.NaN, Double.isFinite(vertex.y) ? vertex.y : Double.NaN);
            }
        }
        if (line.getNumPoints() < 2 || line.getLength() == 0) {
            throw refused(code, "outline", "needs at least two distinct points");
        }
        double length = measurement.lengthMetres(line);
        if (length > MAX_CORRIDOR_METRES) {
            throw refused(code, "outline", "the centre line is " + Math.round(length) + " m long; at most "
                    + (int) MAX_CORRIDOR_METRES + " m");
        }
        requireSize(code, halfWidth, MAX_HALF_WIDTH_METRES, "the corridor's half width");
        return build(code, "outline", () -> Fences.corridor(fenceId(code), name, line, halfWidth));
    }

    static String fenceId(String code) {
        return Fence.CHECKPOINT + ":" + code;
    }

    private static void requireSize(String code, double metres, double max, String what) {
        if (!(metres > 0 && metres <= max)) {
            throw refused(code, "sizeMetres", "is " + what + " and must be more than 0 and at most " + (int) max
                    + " metres, got " + metres);
        }
    }

    private static Geometry build(String code, String field, Supplier<Fence> fence) {
        try {
            return fence.get().area();
        } catch (IllegalArgumentException unbuildable) {
            throw refused(code, field, "gives no usable fence: " + unbuildable.getMessage());
        }
    }

    private static CheckpointException refused(String code, String field, String reason) {
        return new CheckpointException(field, "checkpoint " + code + ": " + field + " " + reason);
    }
}
