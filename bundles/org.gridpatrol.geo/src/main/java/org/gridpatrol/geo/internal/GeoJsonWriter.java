package org.gridpatrol.geo.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes RFC 7946 geometry objects: [lon, lat] positions with at most eight decimals and never an
 * exponent, outer rings counter-clockwise and holes clockwise (the right-hand rule of §3.1.6).
 */
final class GeoJsonWriter {

    private final JsonFactory jsonFactory;

    GeoJsonWriter(JsonFactory jsonFactory) {
        this.jsonFactory = jsonFactory;
    }

    String write(Geometry geometry) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = jsonFactory.createGenerator(out)) {
            geometry(json, geometry);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string failed", e);
        }
        return out.toString();
    }

    private void geometry(JsonGenerator json, Geometry geometry) throws IOException {
        json.writeStartObject();
        if (geometry instanceof Point || geometry instanceof LineString || geometry instanceof Polygon
                || geometry instanceof MultiPoint || geometry instanceof MultiLineString
                || geometry instanceof MultiPolygon) {
            // A LinearRing on its own is a closed LineString to GeoJSON.
            json.writeStringField("type", geometry instanceof LineString ? "LineString" : geometry.getGeometryType());
            json.writeFieldName("coordinates");
            coordinates(json, geometry);
        } else if (geometry instanceof GeometryCollection) {
            json.writeStringField("type", "GeometryCollection");
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                geometry(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("No GeoJSON type for " + geometry.getGeometryType());
        }
        json.writeEndObject();
    }

    private void coordinates(JsonGenerator json, Geometry geometry) throws IOException {
        if (geometry instanceof Point point) {
            if (point.isEmpty()) {
                json.writeStartArray();
                json.writeEndArray();
            } else {
                position(json, point.getCoordinateSequence(), 0);
            }
        } else if (geometry instanceof LineString line) {
            positions(json, line.getCoordinateSequence(), false);
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            if (!polygon.isEmpty()) {
                ring(json, polygon.getExteriorRing().getCoordinateSequence(), true);
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    ring(json, polygon.getInteriorRingN(i).getCoordinateSequence(), false);
                }
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                coordinates(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
    }

    private void ring(JsonGenerator json, CoordinateSequence ring, boolean outer) throws IOException {
        boolean orientable = ring.size() >= 4;
        positions(json, ring, orientable && Orientation.isCCW(ring) != outer);
    }

    private void positions(JsonGenerator json, CoordinateSequence sequence, boolean reversed) throws IOException {
        json.writeStartArray();
        int size = sequence.size();
        for (int i = 0; i < size; i++) {
            position(json, sequence, reversed ? size - 1 - i : i);
        }
        json.writeEndArray();
    }

    private void position(JsonGenerator json, CoordinateSequence sequence, int index) throws IOException {
        json.writeStartArray();
        json.writeNumber(degrees(sequence.getX(index)));
        json.writeNumber(degrees(sequence.getY(index)));
        json.writeEndArray();
    }

    private static String degrees(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("GeoJSON cannot hold the coordinate " + value);
        }
        return Decimals.plain(value, Decimals.GEOJSON_SCALE);
    }
}
