package org.gridpatrol.ogc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.gridpatrol.web.api.ApiException;

/**
 * A GeoJSON Feature sent to a collection, as a unit of the collection's level: the properties GET serves
 * ({@code code, name, level, parent, worker_name, worker_phone}), a (Multi)Polygon in CRS84. What a client
 * read and sends back unchanged stays as stored: the masked phone keeps the stored number, and a geometry
 * equal to the stored one as served (rounded to 1e-8°) keeps the stored coordinates. Refusals are 400s
 * naming the field and, for geometry, the place.
 */
final class FeatureReader {

    static final int SRID = 4490;
    /** The web bundle writes coordinates rounded to 1e-8°; a geometry within that of the stored one is unchanged. */
    static final double SERVED_PRECISION_DEGREES = 1e-8;
    static final Set<String> PROPERTIES = Set.of("code", "name", "level", "parent", "worker_name", "worker_phone");

    private final GeoJsonCodec codec;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);

    FeatureReader(GeoJsonCodec codec) {
        this.codec = codec;
    }

    /**
     * @param pathCode the code in the URL (PUT, PATCH), null for a POST
     * @param current  the stored unit the feature replaces, null for a POST
     */
    GridUnit read(JsonNode feature, OgcCollection collection, String pathCode, GridUnit current) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw ApiException.badRequest("type", "the body must be a GeoJSON Feature ({\"type\": \"Feature\", "
                    + "\"geometry\": ..., \"properties\": ...}), got type " + feature.path("type"));
        }
        JsonNode properties = feature.path("properties");
        if (!properties.isObject()) {
            throw ApiException.badRequest("properties", "must be an object with " + new TreeSet<>(PROPERTIES));
        }
        rejectUnknown(properties);
        String code = code(feature, properties, pathCode);
        checkLevel(properties, collection);
        GridWorker worker = worker(properties, current);
        return new GridUnit(code, text(properties, "name"), collection.level(), text(properties, "parent"),
                geometry(feature.get("geometry"), current), worker);
    }

    /** The stored unit as the document a merge patch applies to: as GET serves it, but with the real phone. */
    ObjectNode document(GridUnit unit) {
        ObjectNode document = FeatureBodies.MAPPER.createObjectNode();
        document.put("type", "Feature");
        document.put("id", unit.code());
        document.set("geometry", FeatureBodies.tree(codec.write(unit.geometry())));
        ObjectNode properties = document.putObject("properties");
        properties.put("code", unit.code());
        properties.put("name", unit.name());
        properties.put("level", unit.level().id());
        properties.put("parent", unit.parentCode());
        properties.put("worker_name", unit.worker() == null ? null : unit.worker().name());
        properties.put("worker_phone", unit.worker() == null ? null : unit.worker().phone());
        return document;
    }

    private static void rejectUnknown(JsonNode properties) {
        for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
            String name = names.next();
            // GDAL exports the feature id as a property "id"; it is checked against the code below.
            if (!PROPERTIES.contains(name) && !name.equals("id")) {
                throw ApiException.badRequest("properties." + name, "unknown property; a feature has "
                        + new TreeSet<>(PROPERTIES));
            }
        }
    }

    /** The code a feature names (property, else id), or the path's; empty when none can be read. */
    static Optional<String> code(JsonNode feature, String pathCode) {
        JsonNode code = feature.path("properties").path("code");
        if (code.isTextual() && !code.asText().isBlank()) {
            return Optional.of(code.asText().trim());
        }
        return Optional.ofNullable(pathCode != null ? pathCode : idText(feature.get("id")));
    }

    private static String code(JsonNode feature, JsonNode properties, String pathCode) {
        text(properties, "code"); // a code that is not a string is refused naming it
        String code = code(feature, pathCode).orElseThrow(
                () -> ApiException.badRequest("properties.code", "is required: the code of the new unit"));
        if (pathCode != null && !code.equals(pathCode)) {
            throw ApiException.badRequest("properties.code", "is " + code + " but the URL names " + pathCode
                    + "; a code cannot change (create the new unit and delete the old one)");
        }
        checkId("id", feature.get("id"), code);
        checkId("properties.id", properties.get("id"), code);
        return code;
    }

    private static void checkId(String field, JsonNode id, String code) {
        String idCode = idText(id);
        if (idCode != null && !idCode.equals(code)) {
            throw ApiException.badRequest(field, "is " + idCode + " but the feature's code is " + code);
        }
    }

    private static void checkLevel(JsonNode properties, OgcCollection collection) {
        String level = text(properties, "level");
        if (level != null && !level.equals(collection.level().id())) {
            throw ApiException.badRequest("properties.level", "is '" + level + "' but collection '" + collection.id()
                    + "' holds " + collection.level().id() + " units; send it to that level's collection");
        }
    }

    /** Worker name and phone; the masked phone GET serves stands for the stored number. */
    private static GridWorker worker(JsonNode properties, GridUnit current) {
        String name = text(properties, "worker_name");
        String phone = text(properties, "worker_phone");
        if (phone != null && phone.contains("*")) {
            GridWorker stored = current == null ? null : current.worker();
            if (stored == null || !phone.equals(stored.maskedPhone())) {
                throw ApiException.badRequest("properties.worker_phone", "'" + phone + "' is a masked number that"
                        + " does not match the stored one; send the full number, or the masked one as GET served it"
                        + " to keep the stored number");
            }
            phone = stored.phone();
        }
        return name == null && phone == null ? null : new GridWorker(name, phone);
    }

    private MultiPolygon geometry(JsonNode geometryNode, GridUnit current) {
        if (geometryNode == null || geometryNode.isNull()) {
            throw ApiException.badRequest("geometry", "is required: a Polygon or MultiPolygon in lon/lat (CRS84)");
        }
        Geometry geometry;
        try {
            geometry = codec.read(geometryNode.toString(), "geometry");
        } catch (GeoInputException invalid) {
            throw new ApiException(400, invalid.field(), invalid.problem().reason(), invalid.problem().lon(),
                    invalid.problem().lat());
        }
        MultiPolygon multiPolygon;
        if (geometry instanceof MultiPolygon multi) {
            multiPolygon = multi;
        } else if (geometry instanceof Polygon polygon) {
            multiPolygon = factory.createMultiPolygon(new Polygon[] {polygon});
        } else {
            throw ApiException.badRequest("geometry", "must be a Polygon or MultiPolygon, got "
                    + geometry.getGeometryType());
        }
        if (current != null && current.geometry() != null
                && multiPolygon.equalsExact(current.geometry(), SERVED_PRECISION_DEGREES)) {
            return current.geometry();
        }
        multiPolygon.setSRID(SRID);
        return multiPolygon;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("properties." + name, "must be a string or null, got " + value);
        }
        return value.asText().isBlank() ? null : value.asText().trim();
    }

    private static String idText(JsonNode id) {
        return id == null || id.isNull() || !id.isValueNode() || id.asText().isBlank() ? null : id.asText().trim();
    }
}
