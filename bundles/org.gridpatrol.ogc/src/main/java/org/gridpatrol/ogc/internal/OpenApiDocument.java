package org.gridpatrol.ogc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal OpenAPI 3.0 definition of the API. GDAL reads two things from it: the query parameters
 * of each items path (named like properties, they become server-side filters for {@code -where}) and
 * the {@code limit} parameter's default and maximum (its page size). So each collection's items
 * path is also listed literally, as GDAL looks paths up by their concrete name.
 */
final class OpenApiDocument {

    private static final String PARAMETERS = "#/components/parameters/";

    private OpenApiDocument() {
    }

    static Map<String, Object> document(OgcUrls urls) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", operation("getLandingPage", "Landing page", Link.JSON, List.of()));
        paths.put("/conformance", operation("getConformanceDeclaration", "Conformance classes", Link.JSON, List.of()));
        paths.put("/api", operation("getApiDefinition", "This API definition", Link.OPENAPI_JSON, List.of()));
        paths.put("/collections", operation("getCollections", "The feature collections", Link.JSON, List.of()));
        paths.put("/collections/{collectionId}", operation("describeCollection", "One feature collection", Link.JSON,
                List.of("collectionId")));
        paths.put("/collections/{collectionId}/items", operation("getFeatures", "Features of a collection",
                Link.GEO_JSON, itemsParameters(true)));
        paths.put("/collections/{collectionId}/items/{featureId}", operation("getFeature", "One feature",
                Link.GEO_JSON, List.of("collectionId", "featureId")));
        for (OgcCollection collection : OgcCollection.values()) {
            paths.put("/collections/" + collection.id() + "/items", operation("getFeatures-" + collection.id(),
                    collection.title() + ": " + collection.description(), Link.GEO_JSON, itemsParameters(false)));
        }

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "GridPatrol OGC API - Features", "version", "1.0.0",
                "description", "The grid hierarchy as OGC API - Features Part 1 (Core) collections."));
        document.put("servers", List.of(Map.of("url", urls.root())));
        document.put("paths", paths);
        document.put("components", Map.of("parameters", parameters()));
        return document;
    }

    private static List<String> itemsParameters(boolean withCollectionId) {
        List<String> names = new ArrayList<>(List.of("bbox", "limit", "offset", "code", "parent", "datetime", "f"));
        if (withCollectionId) {
            names.add(0, "collectionId");
        }
        return names;
    }

    private static Map<String, Object> operation(String id, String summary, String mediaType, List<String> parameters) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", summary, "content", Map.of(mediaType, Map.of())));
        responses.put("400", Map.of("description", "Invalid query parameter",
                "content", Map.of("application/problem+json", Map.of())));
        responses.put("404", Map.of("description", "Unknown collection or feature",
                "content", Map.of("application/problem+json", Map.of())));
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", id);
        get.put("summary", summary);
        get.put("parameters", parameters.stream().map(name -> Map.of("$ref", PARAMETERS + name)).toList());
        get.put("responses", responses);
        return Map.of("get", get);
    }

    private static Map<String, Object> parameters() {
        List<String> collectionIds = Arrays.stream(OgcCollection.values()).map(OgcCollection::id).toList();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("collectionId", parameter("collectionId", "path", true, "Collection identifier",
                Map.of("type", "string", "enum", collectionIds)));
        parameters.put("featureId", parameter("featureId", "path", true, "The unit code",
                Map.of("type", "string")));
        Map<String, Object> bbox = parameter("bbox", "query", false,
                "minLon,minLat,maxLon,maxLat in CRS84; features intersecting it", Map.of("type", "array",
                        "minItems", 4, "maxItems", 6, "items", Map.of("type", "number")));
        bbox.put("style", "form");
        bbox.put("explode", false);
        parameters.put("bbox", bbox);
        parameters.put("limit", parameter("limit", "query", false, "Page size; larger values are clamped",
                Map.of("type", "integer", "minimum", 1, "maximum", ItemsRequest.MAX_LIMIT,
                        "default", ItemsRequest.DEFAULT_LIMIT)));
        parameters.put("offset", parameter("offset", "query", false, "Features to skip; follow the next link",
                Map.of("type", "integer", "minimum", 0, "default", 0)));
        parameters.put("code", parameter("code", "query", false, "Exact unit code", Map.of("type", "string")));
        parameters.put("parent", parameter("parent", "query", false, "Exact code of the parent unit",
                Map.of("type", "string")));
        parameters.put("datetime", parameter("datetime", "query", false,
                "Accepted; units are timeless, so every unit matches", Map.of("type", "string")));
        parameters.put("f", parameter("f", "query", false, "Output format; only json",
                Map.of("type", "string", "enum", List.of("json"))));
        return parameters;
    }

    private static Map<String, Object> parameter(String name, String in, boolean required, String description,
            Map<String, Object> schema) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("description", description);
        parameter.put("schema", schema);
        return parameter;
    }
}
