package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.store.api.StoreException;
import org.locationtech.jts.geom.MultiPolygon;

/** The attributes of a unit (all but code and geometry) as the JSON kept in the history. */
final class UnitAttributes {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UnitAttributes() {
    }

    static String json(GridUnit unit) {
        if (unit == null) {
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", unit.name());
        attributes.put("level", unit.level().id());
        attributes.put("parent", unit.parentCode());
        if (unit.worker() != null) {
            attributes.put("worker_name", unit.worker().name());
            attributes.put("worker_phone", unit.worker().phone());
        }
        try {
            return MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("attributes of " + unit.code() + " not writable", impossible);
        }
    }

    static GridUnit unit(String code, String json, MultiPolygon geometry) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode attributes = MAPPER.readTree(json);
            AdminLevel level = AdminLevel.byId(attributes.path("level").asText())
                    .orElseThrow(() -> new StoreException("history of " + code + " holds an unknown level"));
            String workerName = text(attributes, "worker_name");
            String workerPhone = text(attributes, "worker_phone");
            GridWorker worker = workerName == null && workerPhone == null ? null : new GridWorker(workerName, workerPhone);
            return new GridUnit(code, text(attributes, "name"), level, text(attributes, "parent"), geometry, worker);
        } catch (JsonProcessingException unreadable) {
            throw new StoreException("history of " + code + " holds unreadable attributes", unreadable);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
