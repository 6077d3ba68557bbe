package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class SearchEndpointTest {

    @TempDir
    static Path folder;

    private static DemoHierarchy hierarchy;
    private static SearchEndpoint endpoint;

    @BeforeAll
    static void loadDemo() throws Exception {
        hierarchy = new DemoHierarchy(folder);
        endpoint = new SearchEndpoint(hierarchy.units);
    }

    @AfterAll
    static void close() {
        hierarchy.close();
    }

    @Test
    void findsATownByNameWithItsBoundingBox() throws Exception {
        GridUnit town = hierarchy.demo.stream().filter(unit -> unit.level() == AdminLevel.TOWN).findFirst().orElseThrow();

        JsonNode first = results(Requests.get("", "q", town.name())).get(0);

        assertThat(first.get("code").asText()).isEqualTo(town.code());
        assertThat(first.get("level").asText()).isEqualTo("town");
        assertThat(first.get("parent").asText()).isEqualTo(town.parentCode());
        Envelope envelope = town.geometry().getEnvelopeInternal();
        assertThat(first.get("bbox")).extracting(JsonNode::asDouble).containsExactly(
                envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    @Test
    void codePrefixesListShallowLevelsFirst() throws Exception {
        GridUnit community = hierarchy.demo.stream().filter(unit -> unit.level() == AdminLevel.COMMUNITY)
                .findFirst().orElseThrow();

        JsonNode results = results(Requests.get("", "q", community.code(), "limit", "100"));

        List<Integer> depth = new ArrayList<>();
        results.forEach(result -> {
            assertThat(result.get("code").asText()).startsWith(community.code());
            depth.add(AdminLevel.byId(result.get("level").asText()).orElseThrow().ordinal());
        });
        long expected = hierarchy.demo.stream().filter(unit -> unit.code().startsWith(community.code())).count();
        assertThat(depth).hasSize((int) Math.min(expected, 100)).isSorted();
        assertThat(results.get(0).get("code").asText()).isEqualTo(community.code());
    }

    @Test
    void limitsToTwentyByDefaultAndAtMostAHundred() throws Exception {
        String countyPrefix = hierarchy.demo.get(0).code().substring(0, 4);

        assertThat(results(Requests.get("", "q", countyPrefix))).hasSize(SearchEndpoint.DEFAULT_LIMIT);
        assertThat(results(Requests.get("", "q", countyPrefix, "limit", "5"))).hasSize(5);
        assertThat(results(Requests.get("", "q", countyPrefix, "limit", "100"))).hasSize(100);
        assertThat(results(Requests.get("", "q", "没有这个地方"))).isEmpty();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertBadRequest(Requests.get(""), "q");
        assertBadRequest(Requests.get("", "q", " "), "q");
        assertBadRequest(Requests.get("", "q", "3303", "limit", "101"), "limit");
        assertBadRequest(Requests.get("", "q", "3303", "limit", "0"), "limit");
        assertBadRequest(Requests.get("", "q", "3303", "limit", "ten"), "limit");
    }

    private static JsonNode results(ApiRequest request) throws Exception {
        return Requests.mapper().readTree(Requests.toJson(endpoint.handle(request).body())).get("results");
    }

    private static void assertBadRequest(ApiRequest request, String field) {
        assertThatThrownBy(() -> endpoint.handle(request)).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.field()).isEqualTo(field);
        });
    }
}
