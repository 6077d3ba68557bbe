package org.gridpatrol.ogc.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/** Calls the endpoint the way the web bundle does, from a URL such as a link's {@code href}. */
final class OgcClient {

    static final String BASE_URL = "http://localhost:8181";
    static final String ROOT = BASE_URL + "/ogc";
    static final Instant NOW = Instant.parse("2025-03-01T08:30:15.250Z");

    private final OgcFeaturesEndpoint endpoint;

    OgcClient(GridUnits units) {
        this(endpoint(units, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /** The endpoint over {@code units}, each in its first version, with the real GeoJSON codec. */
    static OgcFeaturesEndpoint endpoint(GridUnits units, Clock clock) {
        return new OgcFeaturesEndpoint(units, new FirstVersions(units), new JacksonGeoJsonCodec(), 1 << 20, clock);
    }

    OgcClient(OgcFeaturesEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code pathAndQuery} below {@code /ogc}, e.g. {@code /collections/grids/items?limit=2}. */
    ApiResponse get(String pathAndQuery) {
        return endpoint.handle(request("GET", pathAndQuery));
    }

    ApiResponse follow(String href) {
        if (!href.startsWith(ROOT)) {
            throw new IllegalArgumentException("not a link of this API: " + href);
        }
        return get(href.substring(ROOT.length()));
    }

    ApiResponse call(String method, String pathAndQuery) {
        return endpoint.handle(request(method, pathAndQuery));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(ApiResponse response) {
        return (Map<String, Object>) response.body();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> features(ApiResponse response) {
        return (List<Map<String, Object>>) body(response).get("features");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    @SuppressWarnings("unchecked")
    static List<Link> links(Map<String, Object> document) {
        return (List<Link>) document.get("links");
    }

    static List<Link> links(Map<String, Object> document, String rel) {
        return links(document).stream().filter(link -> link.rel().equals(rel)).toList();
    }

    static Map<String, List<String>> queryOf(String href) {
        int question = href.indexOf('?');
        return question < 0 ? Map.of() : parseQuery(href.substring(question + 1));
    }

    private static ApiRequest request(String method, String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        Map<String, List<String>> query = question < 0 ? Map.of() : parseQuery(pathAndQuery.substring(question + 1));
        return new ApiRequest(method, path, query, Map.of("accept", "application/geo+json, application/json"),
                new byte[0], "tester", Set.of("user"), BASE_URL);
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
