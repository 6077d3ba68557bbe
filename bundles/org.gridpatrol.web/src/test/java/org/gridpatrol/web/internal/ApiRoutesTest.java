package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    private final ApiRoutes routes = new ApiRoutes();
    private final ApiEndpoint locate = request -> ApiResponse.ok("locate");
    private final ApiEndpoint units = request -> ApiResponse.ok("units");
    private final ApiEndpoint ogc = request -> ApiResponse.ok("ogc");
    private final ApiEndpoint ogcCollections = request -> ApiResponse.ok("ogc collections");

    @Test
    void exactPathsMatchOnlyThemselves() {
        routes.add(locate, Map.of(ApiEndpoint.PATH, "/api/v1/locate"));

        assertThat(routes.match("/api/v1/locate")).hasValueSatisfying(match -> {
            assertThat(match.route().endpoint()).isSameAs(locate);
            assertThat(match.subPath()).isEmpty();
        });
        assertThat(routes.match("/api/v1/locate/extra")).isEmpty();
        assertThat(routes.match("/api/v1/locat")).isEmpty();
    }

    @Test
    void prefixesServeTheirBaseAndEverythingBelowButNotLookalikes() {
        routes.add(ogc, Map.of(ApiEndpoint.PATH, "/ogc/*"));

        assertThat(routes.match("/ogc")).hasValueSatisfying(match -> assertThat(match.subPath()).isEmpty());
        assertThat(routes.match("/ogc/collections/grids/items"))
                .hasValueSatisfying(match -> assertThat(match.subPath()).isEqualTo("/collections/grids/items"));
        assertThat(routes.match("/ogcx")).isEmpty();
    }

    @Test
    void theLongestPrefixWinsAndExactPathsBeatPrefixes() {
        routes.add(ogc, Map.of(ApiEndpoint.PATH, "/ogc/*"));
        routes.add(ogcCollections, Map.of(ApiEndpoint.PATH, "/ogc/collections/*"));
        routes.add(units, Map.of(ApiEndpoint.PATH, "/api/v1/units/*"));
        routes.add(locate, Map.of(ApiEndpoint.PATH, "/api/v1/units/locate"));

        assertThat(routes.match("/ogc/collections/towns")).get().extracting(m -> m.route().endpoint()).isSameAs(ogcCollections);
        assertThat(routes.match("/ogc/conformance")).get().extracting(m -> m.route().endpoint()).isSameAs(ogc);
        assertThat(routes.match("/api/v1/units/locate")).get().extracting(m -> m.route().endpoint()).isSameAs(locate);
        assertThat(routes.match("/api/v1/units/330381")).get().extracting(ApiRoutes.Match::subPath).isEqualTo("/330381");
    }

    @Test
    void rolesAreReadFromStringsArraysAndCommaLists() {
        routes.add(locate, Map.of(ApiEndpoint.PATH, "/a", ApiEndpoint.ROLES, new String[] {"dispatcher", "admin"}));
        routes.add(units, Map.of(ApiEndpoint.PATH, "/b", ApiEndpoint.ROLES, "gis-editor, admin"));
        routes.add(ogc, Map.of(ApiEndpoint.PATH, "/c"));

        assertThat(routes.match("/a").orElseThrow().route().roles()).containsExactlyInAnyOrder("dispatcher", "admin");
        assertThat(routes.match("/b").orElseThrow().route().roles()).containsExactlyInAnyOrder("gis-editor", "admin");
        assertThat(routes.match("/c").orElseThrow().route().roles()).isEmpty();
    }

    @Test
    void removedEndpointsNoLongerMatch() {
        routes.add(locate, Map.of(ApiEndpoint.PATH, "/api/v1/locate"));
        routes.remove(locate);

        assertThat(routes.match("/api/v1/locate")).isEmpty();
    }
}
