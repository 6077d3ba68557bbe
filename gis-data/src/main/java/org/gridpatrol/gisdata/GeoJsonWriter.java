package org.gridpatrol.gisdata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 FeatureCollection, one feature per line (readable diffs), coordinates with
 * at most 7 decimals. The output depends only on the features, so it is byte-for-byte reproducible.
 */
public final class GeoJsonWriter {

    /** Coordinates are written with at most this many decimals (about 1 cm). */
    public static final int DECIMALS = 7;

    private final JsonFactory factory = new JsonFactory();

    /** Writes UTF-8 to {@code out}; the stream is flushed, not closed. */
    public void write(List<GisFeature> features, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new OneFeaturePerLine());
            writeCollection(features, json);
        }
    }

    public void write(List<GisFeature> features, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new OneFeaturePerLine());
            writeCollection(features, json);
        }
    }

    public String toJson(List<GisFeature> features) {
        StringWriter out = new StringWriter();
        try {
            write(features, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeCollection(List<GisFeature> features, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        for (GisFeature feature : features) {
            writeFeature(feature, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeFeature(GisFeature feature, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", feature.code());
        json.writeObjectFieldStart("properties");
        json.writeStringField("code", feature.code());
        json.writeStringField("name", feature.name());
        json.writeStringField("level", feature.level());
        writeOptional(json, "parent", feature.parentCode());
        writeOptional(json, "worker_name", feature.workerName());
        writeOptional(json, "worker_phone", feature.workerPhone());
        json.writeEndObject();
        json.writeFieldName("geometry");
        writeMultiPolygon(feature.geometry(), json);
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void writeMultiPolygon(MultiPolygon geometry, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "MultiPolygon");
        json.writeArrayFieldStart("coordinates");
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(p);
            json.writeStartArray();
            writeRing(polygon.getExteriorRing().getCoordinateSequence(), json);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                writeRing(polygon.getInteriorRingN(h).getCoordinateSequence(), json);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRing(CoordinateSequence ring, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < ring.size(); i++) {
            json.writeStartArray();
            json.writeNumber(decimal(ring.getX(i)));
            json.writeNumber(decimal(ring.getY(i)));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Compact JSON, except that each element of the top-level {@code features} array starts a new line. */
    private static final class OneFeaturePerLine extends MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            newLineInFeatures(json);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            super.writeArrayValueSeparator(json);
            newLineInFeatures(json);
        }

        @Override
        public void writeEndArray(JsonGenerator json, int entries) throws IOException {
            if (entries > 0) {
                newLineInFeatures(json);
            }
            super.writeEndArray(json, entries);
        }

        private static void newLineInFeatures(JsonGenerator json) throws IOException {
            JsonStreamContext array = json.getOutputContext();
            if (array.inArray() && array.getParent().getParent() != null && array.getParent().getParent().inRoot()) {
                json.writeRaw('\n');
            }
        }
    }

    /** Plain decimal notation, at most 7 decimals, no trailing zeros: 120.65 not 1.2065E2, 120 not 1.2E+2. */
    public static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
