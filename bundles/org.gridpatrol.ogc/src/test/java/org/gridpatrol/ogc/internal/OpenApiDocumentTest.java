package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private final OgcClient client = new OgcClient(GridFixture.units());

    @Test
    void isServedAsOpenApiJsonWhereTheLandingPagePoints() {
        ApiResponse response = client.get("/api");

        assertThat(response.contentType()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        JsonNode document = json(response);
        assertThat(document.get("openapi").asText()).startsWith("3.0.");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo(OgcClient.ROOT);
    }

    @Test
    void everyReferenceResolves() {
        JsonNode document = json(client.get("/api"));
        List<String> refs = new ArrayList<>();
        document.get("paths").forEach(path -> path.forEach(operation -> operation.get("parameters")
                .forEach(parameter -> refs.add(parameter.get("$ref").asText()))));

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    /** GDAL looks up the concrete items path for its page size and for attributes it can filter on. */
    @Test
    void eachCollectionsItemsPathDeclaresLimitBoundsAndPropertyFilters() {
        JsonNode document = json(client.get("/api"));

        for (OgcCollection collection : OgcCollection.values()) {
            JsonNode parameters = document.get("paths").get("/collections/" + collection.id() + "/items")
                    .at("/get/parameters");
            List<JsonNode> resolved = new ArrayList<>();
            parameters.forEach(parameter -> resolved.add(document.at(parameter.get("$ref").asText().substring(1))));
            assertThat(resolved).extracting(parameter -> parameter.get("name").asText())
                    .contains("bbox", "limit", "offset", "code", "parent");
            JsonNode limit = resolved.stream().filter(parameter -> parameter.get("name").asText().equals("limit"))
                    .findFirst().orElseThrow();
            assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(ItemsRequest.MAX_LIMIT);
            assertThat(limit.at("/schema/default").asInt()).isEqualTo(ItemsRequest.DEFAULT_LIMIT);
        }
    }

    private static JsonNode json(ApiResponse response) {
        return new ObjectMapper().valueToTree(response.body());
    }

    @Test
    void describesThePart4Writes() {
        JsonNode paths = json(client.get("/api")).get("paths");

        assertThat(paths.at("/~1collections~1{collectionId}~1items/post/requestBody/content").has("application/geo+json"))
                .isTrue();
        JsonNode feature = paths.get("/collections/{collectionId}/items/{featureId}");
        assertThat(feature.fieldNames()).toIterable().containsExactly("get", "put", "patch", "delete");
        assertThat(feature.at("/patch/requestBody/content").has("application/merge-patch+json")).isTrue();
        assertThat(feature.at("/put/responses").has("412")).isTrue();
        assertThat(feature.at("/delete/responses").has("428")).isTrue();
        assertThat(paths.at("/~1collections~1micro-grids~1items/post/responses").has("201")).isTrue();
    }
}
