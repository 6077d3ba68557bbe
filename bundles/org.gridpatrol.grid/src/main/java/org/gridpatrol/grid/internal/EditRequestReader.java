package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.web.api.ApiException;

/**
 * Reads the body of {@code POST /api/v1/grid-edits}: {@code {comment, units: [GeoJSON Feature with
 * properties code, name, level, parent, worker {name, phone} or worker_name/worker_phone, version], deleted:
 * [{code, version}]}}. A missing {@code version} means a new unit. Errors are 400s naming the field.
 */
final class EditRequestReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GeoJsonUnitReader units;

    EditRequestReader(GeoJsonCodec codec) {
        this.units = new GeoJsonUnitReader(codec);
    }

    GridEdit read(byte[] body, String author) {
        JsonNode root = parse(body);
        JsonNode comment = root.path("comment");
        if (!comment.isMissingNode() && !comment.isNull() && !comment.isTextual()) {
            throw ApiException.badRequest("comment", "must be a string");
        }
        List<GridUnit> upserted = new ArrayList<>();
        Map<String, Long> versions = new HashMap<>();
        JsonNode features = array(root, "units");
        for (int i = 0; i < features.size(); i++) {
            String where = "units[" + i + "]";
            try {
                GridUnit unit = units.unit(features.get(i), where);
                upserted.add(unit);
                putVersion(versions, unit.code(), features.get(i).path("properties").path("version"),
                        where + ".properties.version");
            } catch (GeoInputException invalid) {
                throw new ApiException(400, invalid.field(), invalid.problem().reason(), invalid.problem().lon(),
                        invalid.problem().lat());
            }
        }
        List<String> deleted = new ArrayList<>();
        JsonNode deletions = array(root, "deleted");
        for (int i = 0; i < deletions.size(); i++) {
            JsonNode deletion = deletions.get(i);
            String where = "deleted[" + i + "]";
            String code = deletion.isTextual() ? deletion.asText() : deletion.path("code").asText("");
            if (code.isBlank()) {
                throw ApiException.badRequest(where + ".code", "is required");
            }
            deleted.add(code.trim());
            putVersion(versions, code.trim(), deletion.path("version"), where + ".version");
            if (!versions.containsKey(code.trim())) {
                throw ApiException.badRequest(where + ".version", "is required: the version of the unit you delete");
            }
        }
        return new GridEdit(upserted, deleted, versions, author, comment.isTextual() ? comment.asText() : "");
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = body.length == 0 ? null : MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("body", "must be a JSON object {comment, units, deleted}");
            }
            return root;
        } catch (JsonProcessingException broken) {
            throw ApiException.badRequest("body", "is not valid JSON: line " + broken.getLocation().getLineNr()
                    + ", column " + broken.getLocation().getColumnNr() + ": " + broken.getOriginalMessage());
        } catch (IOException unreadable) {
            throw ApiException.badRequest("body", "could not be read: " + unreadable.getMessage());
        }
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest(field, "must be an array");
        }
        return node;
    }

    private static void putVersion(Map<String, Long> versions, String code, JsonNode version, String field) {
        if (version.isMissingNode() || version.isNull()) {
            return;
        }
        if (!version.canConvertToLong() || !version.isIntegralNumber() || version.asLong() < 0) {
            throw ApiException.badRequest(field, "must be a whole number >= 0, got " + version);
        }
        versions.put(code, version.asLong());
    }
}
