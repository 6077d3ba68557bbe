package org.gridpatrol.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

    private static ApiRequest withQuery(Map<String, List<String>> query) {
        return new ApiRequest("GET", "", query, Map.of(), new byte[0], "gis", Set.of("gis-editor"), "http://localhost:8181");
    }

    @Test
    void blankParametersCountAsAbsent() {
        ApiRequest request = withQuery(Map.of("q", List.of("  "), "lon", List.of(" 120.5 ")));

        assertThat(request.param("q")).isEmpty();
        assertThat(request.param("missing")).isEmpty();
        assertThat(request.param("lon")).contains("120.5");
    }

    @Test
    void numbersMustBeFinite() {
        assertThat(withQuery(Map.of("lon", List.of("120.5"))).doubleParam("lon")).contains(120.5);
        for (String bad : List.of("east", "NaN", "Infinity", "1e999", "120,5")) {
            assertThatThrownBy(() -> withQuery(Map.of("lon", List.of(bad))).doubleParam("lon"))
                    .as(bad)
                    .isInstanceOfSatisfying(ApiException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.field()).isEqualTo("lon");
                        assertThat(problem.detail()).contains(bad);
                    });
        }
    }

    @Test
    void integersMustBeWithinBounds() {
        assertThat(withQuery(Map.of("limit", List.of("20"))).intParam("limit", 1, 100)).contains(20);
        for (String bad : List.of("0", "101", "2.5", "ten")) {
            assertThatThrownBy(() -> withQuery(Map.of("limit", List.of(bad))).intParam("limit", 1, 100))
                    .isInstanceOfSatisfying(ApiException.class, problem -> assertThat(problem.field()).isEqualTo("limit"));
        }
    }

    @Test
    void requiredParametersNameThemselvesWhenMissing() {
        assertThatThrownBy(() -> withQuery(Map.of()).requiredParam("q"))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("q");
                });
    }
}
