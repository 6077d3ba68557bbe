package org.gridpatrol.gisdata.simulation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.gisdata.GeoJsonWriter;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Level;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Shape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The checkpoint seed format: a FeatureCollection, one feature per line, {@code id} = code, properties
 * {@code code, name, level, shape, sizeMetres}, geometry Point (CIRCLE), LineString (CORRIDOR) or Polygon
 * (POLYGON), lon/lat with at most 7 decimals.
 */
public final class CheckpointGeoJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CheckpointGeoJson() {
    }

    public static void write(List<SeedCheckpoint> checkpoints, Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < checkpoints.size(); i++) {
            out.write(feature(checkpoints.get(i)));
            out.write(i + 1 < checkpoints.size() ? ",\n" : "\n");
        }
        out.write("]}\n");
    }

    public static String toJson(List<SeedCheckpoint> checkpoints) {
        StringWriter out = new StringWriter();
        try {
            write(checkpoints, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String feature(SeedCheckpoint checkpoint) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", checkpoint.code());
            json.writeObjectFieldStart("properties");
            json.writeStringField("code", checkpoint.code());
            json.writeStringField("name", checkpoint.name());
            json.writeStringField("level", checkpoint.level().name());
            json.writeStringField("shape", checkpoint.shape().name());
            json.writeNumberField("sizeMetres", checkpoint.sizeMetres());
            json.writeEndObject();
            json.writeObjectFieldStart("geometry");
            Geometry geometry = checkpoint.geometry();
            json.writeStringField("type", geometry.getGeometryType());
            json.writeFieldName("coordinates");
            if (geometry instanceof Polygon polygon) {
                json.writeStartArray();
                writePositions(json, polygon.getExteriorRing().getCoordinates());
                json.writeEndArray();
            } else if (geometry instanceof LineString line) {
                writePositions(json, line.getCoordinates());
            } else {
                writePosition(json, geometry.getCoordinate());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void writePositions(JsonGenerator json, Coordinate[] coordinates) throws IOException {
        json.writeStartArray();
        for (Coordinate coordinate : coordinates) {
            writePosition(json, coordinate);
        }
        json.writeEndArray();
    }

    private static void writePosition(JsonGenerator json, Coordinate coordinate) throws IOException {
        json.writeStartArray();
        json.writeNumber(GeoJsonWriter.decimal(coordinate.x));
        json.writeNumber(GeoJsonWriter.decimal(coordinate.y));
        json.writeEndArray();
    }

    /**
     * Reads a seed file (this format; other properties are ignored). The location is derived as the seed
     * loader does: the point, the corridor's midpoint, the polygon's interior point (for the generated
     * rectangles, their centre).
     *
     * @throws IllegalArgumentException naming the feature and field that is missing or wrong
     */
    public static List<SeedCheckpoint> read(Reader in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new IllegalArgumentException("not a FeatureCollection: no 'features' array");
        }
        List<SeedCheckpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            checkpoints.add(checkpoint(features.get(i), "features[" + i + "]"));
        }
        return checkpoints;
    }

    private static SeedCheckpoint checkpoint(JsonNode feature, String where) {
        JsonNode properties = feature.path("properties");
        String code = text(properties, "code", where);
        where = where + " (" + code + ")";
        Level level = Level.valueOf(text(properties, "level", where));
        Shape shape = Shape.valueOf(text(properties, "shape", where));
        Geometry geometry = geometry(feature.path("geometry"), where);
        Coordinate location;
        if (geometry instanceof Polygon polygon) {
            location = polygon.getInteriorPoint().getCoordinate();
        } else if (geometry instanceof LineString line) {
            location = new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
        } else {
            location = geometry.getCoordinate();
        }
        return new SeedCheckpoint(code, text(properties, "name", where), level, shape,
                properties.path("sizeMetres").asDouble(0), location, geometry);
    }

    private static Geometry geometry(JsonNode geometry, String where) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asText()) {
            case "Point" -> Geometries.FACTORY.createPoint(position(coordinates, where));
            case "LineString" -> Geometries.FACTORY.createLineString(positions(coordinates, where));
            case "Polygon" -> Geometries.FACTORY.createPolygon(positions(coordinates.path(0), where));
            default -> throw new IllegalArgumentException(where + ": field 'geometry.type' must be Point, "
                    + "LineString or Polygon, got '" + geometry.path("type").asText() + "'");
        };
    }

    private static Coordinate[] positions(JsonNode array, String where) {
        Coordinate[] coordinates = new Coordinate[array.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(array.get(i), where);
        }
        return coordinates;
    }

    private static Coordinate position(JsonNode position, String where) {
        if (!position.path(0).isNumber() || !position.path(1).isNumber()) {
            throw new IllegalArgumentException(where + ": field 'geometry.coordinates' needs [lon, lat] numbers");
        }
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    private static String text(JsonNode properties, String field, String where) {
        JsonNode value = properties.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field 'properties." + field + "' is missing");
        }
        return value.asText();
    }
}
