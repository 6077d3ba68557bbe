package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads units from a GeoJSON FeatureCollection: properties {@code code, name, level, parent,
 * worker_name, worker_phone}, (Multi)Polygon geometries in CGCS2000 lon/lat, parents first.
 */
final class GeoJsonUnitReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final GeoJsonCodec codec;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), GridUnitRows.SRID);

    GeoJsonUnitReader(GeoJsonCodec codec) {
        this.codec = codec;
    }

    /**
     * @throws IOException when the stream is not JSON
     * @throws GeoInputException naming the feature and field that cannot be read
     */
    List<GridUnit> read(InputStream in) throws IOException, GeoInputException {
        JsonNode collection = mapper.readTree(in);
        JsonNode features = collection == null ? null : collection.get("features");
        if (features == null || !features.isArray()) {
            throw new GeoInputException("features", "not a GeoJSON FeatureCollection");
        }
        List<GridUnit> units = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            units.add(unit(features.get(i), "features[" + i + "]"));
        }
        return units;
    }

    /** One Feature; {@code where} prefixes the field names of errors, e.g. {@code units[2]}. */
    GridUnit unit(JsonNode feature, String where) throws GeoInputException {
        if (feature == null || !feature.isObject()) {
            throw new GeoInputException(where, "must be a GeoJSON Feature object");
        }
        JsonNode properties = feature.path("properties");
        String code = text(properties, "code");
        if (code == null) {
            throw new GeoInputException(where + ".properties.code", "is required");
        }
        String levelId = text(properties, "level");
        AdminLevel level = AdminLevel.byId(levelId).orElseThrow(
                () -> new GeoInputException(where + ".properties.level", "unknown level '" + levelId + "'"));
        JsonNode workerNode = properties.path("worker");
        String workerName = workerNode.isObject() ? text(workerNode, "name") : text(properties, "worker_name");
        String workerPhone = workerNode.isObject() ? text(workerNode, "phone") : text(properties, "worker_phone");
        GridWorker worker = workerName == null && workerPhone == null ? null : new GridWorker(workerName, workerPhone);
        return new GridUnit(code, text(properties, "name"), level, text(properties, "parent"),
                multiPolygon(feature.get("geometry"), where + ".geometry"), worker);
    }

    private MultiPolygon multiPolygon(JsonNode geometryNode, String field) throws GeoInputException {
        if (geometryNode == null || geometryNode.isNull()) {
            throw new GeoInputException(field, "is required");
        }
        Geometry geometry = codec.read(geometryNode.toString(), field);
        MultiPolygon multiPolygon;
        if (geometry instanceof MultiPolygon multi) {
            multiPolygon = multi;
        } else if (geometry instanceof Polygon polygon) {
            multiPolygon = factory.createMultiPolygon(new Polygon[] {polygon});
        } else {
            throw new GeoInputException(field, "must be a Polygon or MultiPolygon, got " + geometry.getGeometryType());
        }
        multiPolygon.setSRID(GridUnitRows.SRID);
        return multiPolygon;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
