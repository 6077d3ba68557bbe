package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.grid.api.ImpactReport;
import org.gridpatrol.grid.api.ImpactedItem;

/**
 * An impact report as JSON, the same in the API and in {@code grid_revision.impact_json}:
 * {@code {impact:[{kind,id,name,lon,lat,gridBefore,gridAfter,needsReassignment}], impactFailedSources:[kind]}}.
 */
final class ImpactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ImpactJson() {
    }

    /** Adds the report's members to an answer. */
    static void put(Map<String, Object> view, ImpactReport report) {
        view.put("impact", report.items().stream().map(ImpactJson::item).toList());
        view.put("impactFailedSources", report.failedSources());
    }

    static Map<String, Object> item(ImpactedItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", item.kind());
        view.put("id", item.id());
        view.put("name", item.name());
        view.put("lon", item.lon());
        view.put("lat", item.lat());
        view.put("gridBefore", item.gridBefore());
        view.put("gridAfter", item.gridAfter());
        view.put("needsReassignment", item.needsReassignment());
        return view;
    }

    static String write(ImpactReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, report);
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("could not write an impact report", impossible);
        }
    }

    static ImpactReport read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<ImpactedItem> items = new ArrayList<>();
            for (JsonNode item : root.path("impact")) {
                items.add(new ImpactedItem(item.path("kind").asText(), item.path("id").asText(), text(item, "name"),
                        number(item, "lon"), number(item, "lat"), text(item, "gridBefore"), text(item, "gridAfter"),
                        item.path("needsReassignment").asBoolean(false)));
            }
            List<String> failed = new ArrayList<>();
            root.path("impactFailedSources").forEach(kind -> failed.add(kind.asText()));
            return new ImpactReport(items, failed);
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("the stored impact report is not JSON: " + broken.getMessage(), broken);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
