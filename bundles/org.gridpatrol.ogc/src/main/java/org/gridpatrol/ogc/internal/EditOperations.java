package org.gridpatrol.ogc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI operations of OGC API Features Part 4: POST on items, PUT, PATCH and DELETE on a feature. */
final class EditOperations {

    private static final Map<String, Object> ETAG = Map.of("ETag", Map.of(
            "description", "The new version of the feature, e.g. \"4\"", "schema", Map.of("type", "string")));

    private EditOperations() {
    }

    static Map<String, Object> create(String id, boolean withCollectionId) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> headers = new LinkedHashMap<>(ETAG);
        headers.put("Location", Map.of("description", "The new feature", "schema", Map.of("type", "string")));
        responses.put("201", Map.of("description", "Created as one revision", "headers", headers,
                "content", Map.of(Link.GEO_JSON, Map.of())));
        responses.putAll(refusals(false));
        responses.put("409", problem("A unit with this code exists"));
        List<String> parameters = new ArrayList<>(List.of("commentHeader", "comment"));
        if (withCollectionId) {
            parameters.add(0, "collectionId");
        }
        Map<String, Object> operation = operation(id, "Create a feature (role " + FeatureEdits.EDITOR_ROLE + ")",
                parameters, responses);
        operation.put("requestBody", body(Link.GEO_JSON, "A GeoJSON Feature with properties code, name, parent,"
                + " worker_name, worker_phone and a (Multi)Polygon in CRS84"));
        return operation;
    }

    /** GET (given) plus PUT, PATCH and DELETE of {@code /collections/{collectionId}/items/{featureId}}. */
    static Map<String, Object> feature(Map<String, Object> get) {
        @SuppressWarnings("unchecked")
        Map<String, Object> getResponses = (Map<String, Object>) get.get("responses");
        getResponses.put("200", Map.of("description", "The feature", "headers", Map.of("ETag", Map.of(
                "description", "Its version, for If-Match", "schema", Map.of("type", "string"))),
                "content", Map.of(Link.GEO_JSON, Map.of())));
        List<String> parameters = List.of("collectionId", "featureId", "ifMatch", "commentHeader", "comment");
        Map<String, Object> put = operation("replaceFeature", "Replace a feature", parameters, changed("200"));
        put.put("requestBody", body(Link.GEO_JSON, "The whole new GeoJSON Feature"));
        Map<String, Object> patch = operation("updateFeature", "Update a feature with a JSON merge patch (RFC 7396)",
                parameters, changed("200"));
        patch.put("requestBody", body(FeatureBodies.MERGE_PATCH, "Members of the feature to change; null removes"));
        Map<String, Object> delete = operation("deleteFeature", "Delete a feature", parameters, changed("204"));
        Map<String, Object> operations = new LinkedHashMap<>();
        operations.put("get", get);
        operations.put("put", put);
        operations.put("patch", patch);
        operations.put("delete", delete);
        return operations;
    }

    static Map<String, Object> operation(String id, String summary, List<String> parameters,
            Map<String, Object> responses) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", id);
        operation.put("summary", summary);
        operation.put("parameters", parameters.stream().map(name -> Map.of("$ref", OpenApiDocument.PARAMETERS + name))
                .toList());
        operation.put("responses", responses);
        return operation;
    }

    static Map<String, Object> problem(String description) {
        return Map.of("description", description, "content", Map.of(Problems.PROBLEM_JSON, Map.of()));
    }

    private static Map<String, Object> changed(String success) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(success, success.equals("204") ? Map.of("description", "Deleted as one revision")
                : Map.of("description", "Saved as one revision", "headers", ETAG,
                        "content", Map.of(Link.GEO_JSON, Map.of())));
        responses.putAll(refusals(true));
        return responses;
    }

    private static Map<String, Object> refusals(boolean versioned) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("400", problem("Unreadable feature; the problem names the field and, for geometry, the place"));
        responses.put("403", problem("The role " + FeatureEdits.EDITOR_ROLE + " is needed"));
        responses.put("404", problem("Unknown collection or feature"));
        if (versioned) {
            responses.put("412", problem("If-Match is outdated; the problem names the current version"));
        }
        responses.put("413", problem("The body is larger than the limit"));
        responses.put("422", problem("The edit breaks the topology rules; the violations with their locations"));
        if (versioned) {
            responses.put("428", problem("If-Match is missing"));
        }
        return responses;
    }

    private static Map<String, Object> body(String mediaType, String description) {
        return Map.of("required", true, "description", description,
                "content", Map.of(mediaType, Map.of("schema", Map.of("type", "object"))));
    }
}
