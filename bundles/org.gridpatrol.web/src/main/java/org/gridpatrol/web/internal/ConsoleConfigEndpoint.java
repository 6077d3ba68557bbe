package org.gridpatrol.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/v1/config}: the console's map settings from {@code etc/org.gridpatrol.web.cfg}. */
@Component(configurationPid = WebConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = ApiEndpoint.PATH + "=/api/v1/config")
public final class ConsoleConfigEndpoint implements ApiEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleConfigEndpoint.class);
    private static final Set<String> BASEMAP_TYPES = Set.of("none", "xyz", "wmts");

    private final Map<String, Object> settings;

    @Activate
    public ConsoleConfigEndpoint(WebConfig config) {
        String type = config.basemapType().trim().toLowerCase(Locale.ROOT);
        if (!BASEMAP_TYPES.contains(type) || !type.equals("none") && config.basemapUrl().isBlank()) {
            LOG.warn("basemapType '{}' with basemapUrl '{}' in {} is unusable; drawing the map from the dataset only",
                    config.basemapType(), config.basemapUrl(), WebConfig.PID);
            type = "none";
        }
        settings = Map.of(
                "basemap", Map.of("type", type, "url", config.basemapUrl(), "attribution", config.basemapAttribution()),
                "center", List.of(config.centerLon(), config.centerLat()),
                "zoom", config.zoom());
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(settings);
    }
}
