package org.gridpatrol.checkpoint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Checkpoints from a GeoJSON FeatureCollection: properties {@code code, name, level, shape, sizeMetres}; the
 * geometry is where staff stand for a CIRCLE (Point), the area for a POLYGON (staff at an interior point) and
 * the road's centre line for a CORRIDOR (staff at its middle).
 */
final class GeoJsonCheckpointReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final GeoJsonCodec codec;

    GeoJsonCheckpointReader(GeoJsonCodec codec) {
        this.codec = codec;
    }

    /**
     * @throws IOException when the stream is not JSON
     * @throws CheckpointException naming the feature and field that cannot be read
     */
    List<Checkpoint> read(InputStream in) throws IOException {
        JsonNode features = mapper.readTree(in).path("features");
        if (!features.isArray()) {
            throw new CheckpointException("features", "not a GeoJSON FeatureCollection");
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            checkpoints.add(checkpoint(features.get(i), "features[" + i + "]"));
        }
        return checkpoints;
    }

    private Checkpoint checkpoint(JsonNode feature, String where) {
        JsonNode properties = feature.path("properties");
        String code = properties.path("code").asText("");
        if (code.isBlank()) {
            throw new CheckpointException(where + ".properties.code", "is required");
        }
        CheckpointLevel level = choice(CheckpointLevel.class, properties.path("level").asText(""),
                where + ".properties.level");
        FenceShape shape = choice(FenceShape.class, properties.path("shape").asText(""), where + ".properties.shape");
        Geometry geometry = geometry(feature.get("geometry"), where + ".geometry");
        Point location;
        Geometry outline;
        if (shape == FenceShape.CIRCLE && geometry instanceof Point point) {
            location = point;
            outline = null;
        } else if (shape == FenceShape.POLYGON && geometry instanceof Polygon polygon) {
            location = polygon.getInteriorPoint();
            outline = polygon;
        } else if (shape == FenceShape.CORRIDOR && geometry instanceof LineString line) {
            location = line.getFactory().createPoint(new LengthIndexedLine(line).extractPoint(line.getLength() / 2));
            outline = line;
        } else {
            throw new CheckpointException(where + ".geometry", "a " + shape + " checkpoint needs a "
                    + (shape == FenceShape.CIRCLE ? "Point" : shape == FenceShape.POLYGON ? "Polygon" : "LineString")
                    + ", got " + geometry.getGeometryType());
        }
        location.setSRID(CheckpointRows.SRID);
        return new Checkpoint(code.strip(), properties.path("name").asText(""), level, location, shape, outline,
                properties.path("sizeMetres").asDouble(0), null, null);
    }

    private Geometry geometry(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new CheckpointException(field, "is required");
        }
        try {
            Geometry geometry = codec.read(node.toString(), field);
            geometry.setSRID(CheckpointRows.SRID);
            return geometry;
        } catch (GeoInputException unreadable) {
            throw new CheckpointException(field, unreadable.getMessage(), unreadable.problem().lon(),
                    unreadable.problem().lat());
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new CheckpointException(field, "unknown value '" + value + "'");
        }
    }
}
