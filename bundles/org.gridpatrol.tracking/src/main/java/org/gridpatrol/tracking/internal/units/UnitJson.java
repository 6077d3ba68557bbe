package org.gridpatrol.tracking.internal.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.gridpatrol.web.api.ApiException;

/**
 * Units in and out of the HTTP API: the PatrolUnit record's fields as JSON. {@code kind} and {@code deviceId}
 * are required; {@code status} defaults to OFF_DUTY. Errors name the field, prefixed with {@code units[i].} in
 * a batch.
 */
final class UnitJson {

    private static final Set<String> FIELDS = Arrays.stream(PatrolUnit.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toUnmodifiableSet());

    private final ObjectMapper mapper = new ObjectMapper();

    /** The unit view; the phone masked as for grid workers ({@code 138****5678}) unless {@code fullPhone}. */
    static Map<String, Object> view(PatrolUnit unit, boolean fullPhone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", unit.code());
        view.put("name", unit.name());
        view.put("kind", unit.kind().name());
        view.put("team", unit.team());
        view.put("homeGridCode", unit.homeGridCode());
        view.put("phone", fullPhone ? unit.phone() : new GridWorker(unit.name(), unit.phone()).maskedPhone());
        view.put("deviceId", unit.deviceId());
        view.put("status", unit.status().name());
        return view;
    }

    JsonNode tree(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiException.badRequest("body", "must be a JSON object");
            }
            return tree;
        } catch (IOException malformed) {
            throw ApiException.badRequest("body", "is not valid JSON: " + malformed.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The unit in {@code node}; its code defaults to {@code pathCode} and must match it when both are given. */
    PatrolUnit unit(JsonNode node, String pathCode, String fieldPrefix) {
        if (!node.isObject()) {
            throw ApiException.badRequest(fieldPrefix.isEmpty() ? "body" : fieldPrefix.substring(0, fieldPrefix.length() - 1),
                    "must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(fieldPrefix + name, "is not a unit field; a unit has " + FIELDS);
            }
        }
        String code = text(node, "code", fieldPrefix);
        if (pathCode != null) {
            if (code != null && !code.equals(pathCode)) {
                throw ApiException.badRequest(fieldPrefix + "code", "is '" + code + "' but the path names '" + pathCode + "'");
            }
            code = pathCode;
        }
        String deviceId = text(node, "deviceId", fieldPrefix);
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest(fieldPrefix + "code", "is required");
        }
        if (deviceId == null || deviceId.isBlank()) {
            throw ApiException.badRequest(fieldPrefix + "deviceId", "is required");
        }
        UnitKind kind = constant(UnitKind.class, text(node, "kind", fieldPrefix), fieldPrefix + "kind");
        if (kind == null) {
            throw ApiException.badRequest(fieldPrefix + "kind", "is required, one of " + List.of(UnitKind.values()));
        }
        UnitStatus status = constant(UnitStatus.class, text(node, "status", fieldPrefix), fieldPrefix + "status");
        return new PatrolUnit(code, text(node, "name", fieldPrefix), kind, text(node, "team", fieldPrefix),
                text(node, "homeGridCode", fieldPrefix), text(node, "phone", fieldPrefix), deviceId,
                status == null ? UnitStatus.OFF_DUTY : status);
    }

    /** The units of a {@code {"units":[...]}} body. */
    List<PatrolUnit> units(byte[] body) {
        JsonNode units = tree(body).get("units");
        if (units == null || !units.isArray()) {
            throw ApiException.badRequest("units", "must be an array of units");
        }
        List<PatrolUnit> parsed = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            parsed.add(unit(units.get(i), null, "units[" + i + "]."));
        }
        return parsed;
    }

    /** An enum constant by name, case-insensitive; null when {@code name} is null. */
    static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest(field, "must be one of " + List.of(type.getEnumConstants()) + ", got '" + name + "'");
        }
    }

    private static String text(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw ApiException.badRequest(prefix + field, "must be a string");
        }
        return value.asText();
    }
}
