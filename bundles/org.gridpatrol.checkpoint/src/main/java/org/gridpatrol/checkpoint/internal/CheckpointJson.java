package org.gridpatrol.checkpoint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.web.api.ApiException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A checkpoint from a PUT body: {@code name, level, shape, lon, lat, outline (GeoJSON geometry), sizeMetres}.
 * A Feature as GET answers it is taken too (its properties are read, its fence geometry is recomputed), and
 * what GET adds ({@code code}, {@code gridCode}, {@code staffing}) is accepted and ignored.
 */
final class CheckpointJson {

    private static final Set<String> FIELDS = Set.of("name", "level", "shape", "lon", "lat", "outline", "sizeMetres");
    private static final Set<String> READ_ONLY = Set.of("code", "gridCode", "staffing");

    private final GeoJsonCodec codec;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), CheckpointRows.SRID);

    CheckpointJson(GeoJsonCodec codec) {
        this.codec = codec;
    }

    Checkpoint parse(byte[] body, String pathCode) {
        JsonNode object = Endpoints.object(body);
        if ("Feature".equals(object.path("type").asText())) {
            object = object.path("properties");
            if (!object.isObject()) {
                throw ApiException.badRequest("properties", "a Feature needs its properties object");
            }
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name) && !READ_ONLY.contains(name) && !name.equals("type")) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(unknown.get(0), "unknown field(s) " + unknown + "; a checkpoint has " + FIELDS);
        }
        JsonNode code = object.get("code");
        if (code != null && !code.isNull() && !pathCode.equals(code.asText())) {
            throw ApiException.badRequest("code", "is '" + code.asText() + "' but the path names '" + pathCode + "'");
        }
        double lon = number(object, "lon", true);
        double lat = number(object, "lat", true);
        return new Checkpoint(pathCode, text(object, "name"), choice(object, "level", CheckpointLevel.class),
                factory.createPoint(new Coordinate(lon, lat)), choice(object, "shape", FenceShape.class),
                outline(object.get("outline")), number(object, "sizeMetres", false), null, null);
    }

    private Geometry outline(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            Geometry outline = codec.read(node.toString(), "outline");
            outline.setSRID(CheckpointRows.SRID);
            return outline;
        } catch (GeoInputException unreadable) {
            throw new ApiException(400, "outline", unreadable.getMessage(), unreadable.problem().lon(),
                    unreadable.problem().lat());
        }
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(field, "is required");
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field, "must be a string");
        }
        return value.asText();
    }

    private static double number(JsonNode object, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiException.badRequest(field, "is required");
            }
            return 0;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw ApiException.badRequest(field, "must be a finite number, got " + value);
        }
        return value.asDouble();
    }

    private static <E extends Enum<E>> E choice(JsonNode object, String field, Class<E> type) {
        String value = text(object, field);
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + value + "'");
        }
    }
}
