package org.gridpatrol.geo.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeometryProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads RFC 7946 geometry objects into JTS. Every refusal names the JSON path of the bad member and,
 * once positions are known, where on the map the problem is. Altitudes are accepted and dropped:
 * boundaries and positions are stored in 2D.
 */
final class GeoJsonReader {

    private static final String GEOMETRY_TYPES =
            "Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection";

    private final ObjectMapper mapper;
    private final GeometryFactory factory;

    GeoJsonReader(ObjectMapper mapper, GeometryFactory factory) {
        this.mapper = mapper;
        this.factory = factory;
    }

    Geometry read(String geoJson, String field) throws GeoInputException {
        if (geoJson == null || geoJson.isBlank()) {
            throw new GeoInputException(field, "geometry is missing");
        }
        JsonNode root;
        try {
            root = mapper.readTree(geoJson);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GeoInputException(field, "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        return new Parse(field).geometry(root, "");
    }

    /** One read: remembers the field so that every refusal can name it. */
    private final class Parse {

        private final String field;

        Parse(String field) {
            this.field = field;
        }

        Geometry geometry(JsonNode node, String path) throws GeoInputException {
            String name = path.isEmpty() ? "the geometry" : path;
            if (node == null || !node.isObject()) {
                throw refuse(name + " must be a GeoJSON geometry object, got " + kind(node));
            }
            String prefix = path.isEmpty() ? "" : path + ".";
            JsonNode type = node.get("type");
            if (type == null || type.isNull()) {
                throw refuse(prefix + "\"type\" is missing");
            }
            if (!type.isTextual()) {
                throw refuse(prefix + "\"type\" must be a string, got " + kind(type));
            }
            String typeName = type.textValue();
            if (typeName.equals("Feature") || typeName.equals("FeatureCollection")) {
                throw refuse(name + " is a " + typeName + "; send a geometry object (" + GEOMETRY_TYPES + ")");
            }
            if (typeName.equals("GeometryCollection")) {
                return collection(node, prefix);
            }
            JsonNode coordinates = node.get("coordinates");
            if (coordinates == null || coordinates.isNull()) {
                throw refuse(prefix + "\"coordinates\" is missing");
            }
            Shape shape = new Shape(prefix + "coordinates", typeName);
            switch (typeName) {
                case "Point":
                    return coordinates.isArray() && coordinates.isEmpty()
                            ? factory.createPoint()
                            : factory.createPoint(shape.position(coordinates, shape.path));
                case "MultiPoint":
                    return factory.createMultiPointFromCoords(shape.positions(coordinates, shape.path, 0));
                case "LineString":
                    return factory.createLineString(shape.positions(coordinates, shape.path, 2));
                case "MultiLineString":
                    return factory.createMultiLineString(shape.lines(coordinates));
                case "Polygon":
                    return shape.polygon(coordinates, shape.path, "");
                case "MultiPolygon":
                    return factory.createMultiPolygon(shape.polygons(coordinates));
                default:
                    throw refuse(prefix + "\"type\" \"" + typeName + "\" is not a geometry type; expected one of "
                            + GEOMETRY_TYPES);
            }
        }

        private Geometry collection(JsonNode node, String prefix) throws GeoInputException {
            JsonNode members = node.get("geometries");
            if (members == null || !members.isArray()) {
                throw refuse(prefix + "\"geometries\" must be an array of geometry objects, got " + kind(members));
            }
            Geometry[] geometries = new Geometry[members.size()];
            for (int i = 0; i < geometries.length; i++) {
                geometries[i] = geometry(members.get(i), prefix + "geometries[" + i + "]");
            }
            return factory.createGeometryCollection(geometries);
        }

        /** Walks the nested coordinate arrays of one geometry, whose type names the expected nesting. */
        private final class Shape {

            private final String path;
            private final String typeName;

            Shape(String path, String typeName) {
                this.path = path;
                this.typeName = typeName;
            }

            LineString[] lines(JsonNode node) throws GeoInputException {
                requireArray(node, path, "an array of lines");
                LineString[] lines = new LineString[node.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = factory.createLineString(positions(node.get(i), path + "[" + i + "]", 2));
                }
                return lines;
            }

            Polygon[] polygons(JsonNode node) throws GeoInputException {
                requireArray(node, path, "an array of polygons");
                Polygon[] polygons = new Polygon[node.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(node.get(i), path + "[" + i + "]", " of polygon " + i);
                }
                return polygons;
            }

            Polygon polygon(JsonNode node, String at, String ofPolygon) throws GeoInputException {
                requireArray(node, at, "an array of rings");
                if (node.isEmpty()) {
                    return factory.createPolygon();
                }
                List<LinearRing> rings = new ArrayList<>();
                for (int r = 0; r < node.size(); r++) {
                    rings.add(ring(node.get(r), at + "[" + r + "]", "ring " + r + ofPolygon));
                }
                return factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
            }

            private LinearRing ring(JsonNode node, String at, String ringName) throws GeoInputException {
                Coordinate[] points = positions(node, at, 0);
                if (points.length == 0) {
                    throw refuse(ringName + " (" + at + ") has no positions");
                }
                Coordinate first = points[0];
                Coordinate last = points[points.length - 1];
                if (!first.equals2D(last)) {
                    throw refuse(new GeometryProblem(ringName + " is not closed: first "
                            + Decimals.lonLat(first.x, first.y) + " last " + Decimals.lonLat(last.x, last.y),
                            first.x, first.y));
                }
                if (points.length < 4) {
                    throw refuse(new GeometryProblem(ringName + " has " + points.length
                            + " positions; a closed ring needs at least 4", first.x, first.y));
                }
                return factory.createLinearRing(points);
            }

            Coordinate[] positions(JsonNode node, String at, int minimum) throws GeoInputException {
                requireArray(node, at, "an array of positions");
                Coordinate[] points = new Coordinate[node.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = position(node.get(i), at + "[" + i + "]");
                }
                if (points.length < minimum) {
                    throw refuse(at + " has " + points.length + " positions; a " + typeName + " needs at least "
                            + minimum);
                }
                return points;
            }

            Coordinate position(JsonNode node, String at) throws GeoInputException {
                if (node == null || !node.isArray() || node.size() < 2) {
                    throw refuse(at + " must be a position [lon, lat], got " + kind(node) + nestingHint(node));
                }
                for (int i = 0; i < node.size(); i++) {
                    JsonNode number = node.get(i);
                    if (!number.isNumber() || !Double.isFinite(number.doubleValue())) {
                        throw refuse(at + "[" + i + "] must be a number, got " + kind(number) + nestingHint(number));
                    }
                }
                double lon = node.get(0).doubleValue();
                double lat = node.get(1).doubleValue();
                if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                    throw refuse(new GeometryProblem(at + " " + Decimals.lonLat(lon, lat)
                            + " is outside lon [-180, 180] / lat [-90, 90]; positions are [lon, lat]", lon, lat));
                }
                return new Coordinate(lon, lat);
            }

            private void requireArray(JsonNode node, String at, String expected) throws GeoInputException {
                if (node == null || !node.isArray()) {
                    throw refuse(at + " must be " + expected + ", got " + kind(node) + nestingHint(node));
                }
            }

            private String nestingHint(JsonNode node) {
                return node != null && (node.isNumber() || node.isArray())
                        ? " (check the array nesting of a " + typeName + ")"
                        : "";
            }
        }

        private GeoInputException refuse(String reason) {
            return new GeoInputException(field, reason);
        }

        private GeoInputException refuse(GeometryProblem problem) {
            return new GeoInputException(field, problem);
        }
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        switch (node.getNodeType()) {
            case NUMBER:
                return "the number " + node.asText();
            case STRING:
                String text = node.toString();
                return "the string " + (text.length() > 40 ? text.substring(0, 37) + "...\"" : text);
            case BOOLEAN:
                return node.asText();
            case NULL:
                return "null";
            case ARRAY:
                return "an array of length " + node.size();
            case OBJECT:
                return "an object";
            default:
                return node.getNodeType().toString().toLowerCase(Locale.ROOT);
        }
    }
}
