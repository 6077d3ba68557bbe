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
 * path is also listed literally, as GDAL looks paths up by their concrete name. The Part 4 writes are
 * described with {@link EditOperations}.
 */
final class OpenApiDocument {

    static final String PARAMETERS = "#/components/parameters/";

    private OpenApiDocument() {
    }

    static Map<String, Object> document(OgcUrls urls) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", Map.of("get", read("getLandingPage", "Landing page", Link.JSON, List.of())));
        paths.put("/conformance", Map.of("get", read("getConformanceDeclaration", "Conformance classes", Link.JSON,
                List.of())));
        paths.put("/api", Map.of("get", read("getApiDefinition", "This API definition", Link.OPENAPI_JSON, List.of())));
        paths.put("/collections", Map.of("get", read("getCollections", "The feature collections", Link.JSON,
                List.of())));
        paths.put("/collections/{collectionId}", Map.of("get", read("describeCollection", "One feature collection",
                Link.JSON, List.of("collectionId"))));
        paths.put("/collections/{collectionId}/items", Map.of(
                "get", read("getFeatures", "Features of a collection", Link.GEO_JSON, itemsParameters(true)),
                "post", EditOperations.create("createFeature", true)));
        paths.put("/collections/{collectionId}/items/{featureId}", EditOperations.feature(
                read("getFeature", "One feature, with its version as a strong ETag", Link.GEO_JSON,
                        List.of("collectionId", "featureId"))));
        for (OgcCollection collection : OgcCollection.values()) {
            paths.put("/collections/" + collection.id() + "/items", Map.of(
                    "get", read("getFeatures-" + collection.id(), collection.title() + ": " + collection.description(),
                            Link.GEO_JSON, itemsParameters(false)),
                    "post", EditOperations.create("createFeature-" + collection.id(), false)));
        }

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "GridPatrol OGC API - Features", "version", "1.1.0",
                "description", "The grid hierarchy as OGC API - Features Part 1 (Core) collections, editable through"
                        + " Part 4 (create, replace, update, delete) by the role " + FeatureEdits.EDITOR_ROLE
                        + ". Every write is checked against the topology rules and saved as one revision."));
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

    private static Map<String, Object> read(String id, String summary, String mediaType, List<String> parameters) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", summary, "content", Map.of(mediaType, Map.of())));
        responses.put("400", EditOperations.problem("Invalid query parameter"));
        responses.put("404", EditOperations.problem("Unknown collection or feature"));
        return EditOperations.operation(id, summary, parameters, responses);
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
        parameters.put("ifMatch", parameter(Preconditions.IF_MATCH, "header", true,
                "The ETag of the feature as last read, e.g. \"3\"; outdated: 412, absent: 428",
                Map.of("type", "string")));
        parameters.put("commentHeader", parameter(FeatureEdits.COMMENT_HEADER, "header", false,
                "Why, for the history; URL-encoded UTF-8. Default: " + FeatureEdits.DEFAULT_COMMENT,
                Map.of("type", "string")));
        parameters.put("comment", parameter("comment", "query", false,
                "Why, for the history, when the header is not sent", Map.of("type", "string")));
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
