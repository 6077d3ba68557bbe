package org.gridpatrol.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as RFC 7946 GeoJSON geometry objects straight into the response stream,
 * lon/lat, rounded to 1e-8° (about a millimetre), so large feature collections need no string copies.
 */
final class GeoJsonGeometrySerializer extends StdSerializer<Geometry> {

    private static final long serialVersionUID = 1L;
    private static final double SCALE = 1e8;

    GeoJsonGeometrySerializer() {
        super(Geometry.class);
    }

    @Override
    public void serialize(Geometry geometry, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection && !isMulti(geometry)) {
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                serialize(geometry.getGeometryN(i), json, provider);
            }
            json.writeEndArray();
        } else {
            json.writeFieldName("coordinates");
            writeCoordinates(geometry, json);
        }
        json.writeEndObject();
    }

    private static boolean isMulti(Geometry geometry) {
        return geometry instanceof MultiPolygon || geometry instanceof MultiLineString || geometry instanceof MultiPoint;
    }

    private static void writeCoordinates(Geometry geometry, JsonGenerator json) throws IOException {
        if (geometry instanceof Point) {
            if (geometry.isEmpty()) {
                json.writeStartArray();
                json.writeEndArray();
            } else {
                writePosition(geometry.getCoordinate(), json);
            }
        } else if (geometry instanceof LineString) {
            writePositions(geometry.getCoordinates(), json);
        } else if (geometry instanceof Polygon) {
            Polygon polygon = (Polygon) geometry;
            json.writeStartArray();
            if (!polygon.isEmpty()) {
                writePositions(polygon.getExteriorRing().getCoordinates(), json);
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writePositions(polygon.getInteriorRingN(i).getCoordinates(), json);
                }
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(geometry.getGeometryN(i), json);
            }
            json.writeEndArray();
        }
    }

    private static void writePositions(Coordinate[] coordinates, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Coordinate coordinate : coordinates) {
            writePosition(coordinate, json);
        }
        json.writeEndArray();
    }

    private static void writePosition(Coordinate coordinate, JsonGenerator json) throws IOException {
        json.writeStartArray();
        json.writeNumber(Math.round(coordinate.getX() * SCALE) / SCALE);
        json.writeNumber(Math.round(coordinate.getY() * SCALE) / SCALE);
        json.writeEndArray();
    }
}
