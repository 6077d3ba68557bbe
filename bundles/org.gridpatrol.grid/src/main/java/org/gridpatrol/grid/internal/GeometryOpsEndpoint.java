package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Geometry helpers for the browser editor; nothing is stored, the result goes through {@code grid-edits} later.
 * {@code POST /api/v1/grid-geometry/split} {@code {geometry: Polygon, line: LineString}} answers
 * {@code {polygons: [Polygon, ...]}}; {@code POST /api/v1/grid-geometry/merge} {@code {geometries: [Polygon,
 * Polygon]}} answers {@code {geometry: Polygon}}. A line that does not cut, or polygons that share no edge,
 * are 400s with the place.
 */
@Component(service = ApiEndpoint.class, property = {
    ApiEndpoint.PATH + "=/api/v1/grid-geometry/*",
    ApiEndpoint.ROLES + "=" + GridEditsEndpoint.EDITOR_ROLE})
public class GeometryOpsEndpoint implements ApiEndpoint {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** About 1 cm in degrees: closer than this counts as on the line. */
    private static final double SNAP_DEGREES = 1e-7;

    private final GeoJsonCodec codec;

    @Activate
    public GeometryOpsEndpoint(@Reference GeoJsonCodec codec) {
        this.codec = codec;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String operation = request.subPath().replaceFirst("^/", "");
        if (!operation.equals("split") && !operation.equals("merge")) {
            throw ApiException.notFound("path", "use /api/v1/grid-geometry/split or /api/v1/grid-geometry/merge");
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw new ApiException(405, null, request.method() + " not allowed, only POST");
        }
        JsonNode body = parse(request.body());
        if (operation.equals("split")) {
            Polygon polygon = read(body.path("geometry"), "geometry", Polygon.class);
            LineString line = read(body.path("line"), "line", LineString.class);
            return ApiResponse.ok(Map.of("polygons", split(polygon, line)));
        }
        JsonNode geometries = body.path("geometries");
        if (!geometries.isArray() || geometries.size() != 2) {
            throw ApiException.badRequest("geometries", "must be an array of exactly two Polygons");
        }
        Polygon first = read(geometries.get(0), "geometries[0]", Polygon.class);
        Polygon second = read(geometries.get(1), "geometries[1]", Polygon.class);
        return ApiResponse.ok(Map.of("geometry", merge(first, second)));
    }

    /** The pieces of {@code polygon} cut by {@code line}, largest first. */
    static List<Polygon> split(Polygon polygon, LineString line) {
        LineString snapped = snapEndsToBoundary(line, polygon);
        // Unioning boundary and line nodes them at every crossing; polygonizing the noded lines gives the faces.
        Geometry noded = polygon.getBoundary().union(snapped);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        List<Polygon> pieces = new ArrayList<>();
        for (Object face : polygonizer.getPolygons()) {
            Polygon piece = (Polygon) face;
            if (polygon.contains(piece.getInteriorPoint())) {
                pieces.add(piece);
            }
        }
        if (pieces.size() < 2) {
            Point where = snapped.getCentroid();
            throw new ApiException(400, "line", "does not cut the polygon: draw it from one side of the boundary, "
                    + "across, to another side", where.getX(), where.getY());
        }
        pieces.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
        return pieces;
    }

    /** Line ends that stop a hair short of, or beyond, the boundary (snapping, rounding) are put on it. */
    private static LineString snapEndsToBoundary(LineString line, Polygon polygon) {
        Coordinate[] coordinates = line.getCoordinates();
        Geometry boundary = polygon.getBoundary();
        for (int index : new int[] {0, coordinates.length - 1}) {
            Point end = line.getFactory().createPoint(coordinates[index]);
            Coordinate nearest = DistanceOp.nearestPoints(boundary, end)[0];
            if (nearest.distance(coordinates[index]) <= SNAP_DEGREES) {
                coordinates[index] = nearest;
            }
        }
        return line.getFactory().createLineString(coordinates);
    }

    /** The union of two polygons that share at least part of an edge. */
    static Polygon merge(Polygon first, Polygon second) {
        double shared = first.getBoundary().intersection(second.buffer(SNAP_DEGREES)).getLength();
        Geometry union = first.union(second);
        if (shared <= 2 * SNAP_DEGREES || !(union instanceof Polygon merged)) {
            Coordinate[] nearest = DistanceOp.nearestPoints(first, second);
            throw new ApiException(400, "geometries", "the two polygons do not share an edge, so they cannot be merged",
                    (nearest[0].x + nearest[1].x) / 2, (nearest[0].y + nearest[1].y) / 2);
        }
        return merged;
    }

    private <T extends Geometry> T read(JsonNode node, String field, Class<T> type) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw ApiException.badRequest(field, "is required: a GeoJSON " + type.getSimpleName());
        }
        Geometry geometry;
        try {
            geometry = codec.read(node.toString(), field);
        } catch (GeoInputException invalid) {
            throw new ApiException(400, invalid.field(), invalid.problem().reason(), invalid.problem().lon(),
                    invalid.problem().lat());
        }
        if (!type.isInstance(geometry) || geometry.isEmpty()) {
            throw ApiException.badRequest(field, "must be a non-empty GeoJSON " + type.getSimpleName() + ", got "
                    + geometry.getGeometryType());
        }
        if (geometry instanceof Polygon && !geometry.isValid()) {
            Point where = geometry.getInteriorPoint();
            throw new ApiException(400, field, "is not a valid simple polygon", where.getX(), where.getY());
        }
        return type.cast(geometry);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = body.length == 0 ? null : MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("body", "must be a JSON object");
            }
            return root;
        } catch (IOException broken) {
            throw ApiException.badRequest("body", "is not valid JSON: " + broken.getMessage());
        }
    }
}
