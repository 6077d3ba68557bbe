package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.web.api.ApiRequest;
import org.junit.jupiter.api.Test;

class ConsoleConfigEndpointTest {

    /** A configuration as ConfigAdmin would hand it over, with the base map settings given. */
    private static WebConfig config(String type, String url) {
        return new WebConfig() {
            @Override public Class<? extends Annotation> annotationType() { return WebConfig.class; }
            @Override public String realm() { return "karaf"; }
            @Override public int sessionTimeoutMinutes() { return 120; }
            @Override public String basemapType() { return type; }
            @Override public String basemapUrl() { return url; }
            @Override public String basemapAttribution() { return "天地图"; }
            @Override public double centerLon() { return 120.5; }
            @Override public double centerLat() { return 27.78; }
            @Override public int zoom() { return 11; }
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> basemapOf(WebConfig config) {
        ApiRequest request = new ApiRequest("GET", "", Map.of(), Map.of(), new byte[0], "admin", Set.of("admin"), "http://localhost");
        Map<String, Object> body = (Map<String, Object>) new ConsoleConfigEndpoint(config).handle(request).body();
        return (Map<String, Object>) body.get("basemap");
    }

    @Test
    void aConfiguredTileServiceIsPassedToTheConsole() {
        String template = "https://t0.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=KEY";

        assertThat(basemapOf(config("xyz", template))).containsEntry("type", "xyz").containsEntry("url", template);
        assertThat(basemapOf(config(" WMTS ", template))).containsEntry("type", "wmts");
    }

    @Test
    void anUnusableBasemapFallsBackToTheDatasetOnlyMap() {
        assertThat(basemapOf(config("none", ""))).containsEntry("type", "none");
        assertThat(basemapOf(config("xyz", " "))).containsEntry("type", "none");
        assertThat(basemapOf(config("google", "https://example.invalid/{z}/{x}/{y}"))).containsEntry("type", "none");
    }

    @Test
    void theMapCentreIsLonFirst() {
        ApiRequest request = new ApiRequest("GET", "", Map.of(), Map.of(), new byte[0], "admin", Set.of("admin"), "http://localhost");
        Object centre = ((Map<?, ?>) new ConsoleConfigEndpoint(config("none", "")).handle(request).body()).get("center");
        assertThat(centre).isEqualTo(List.of(120.5, 27.78));
    }
}
