package org.gridpatrol.web.api;

import java.util.Map;

/** What an endpoint answers: a status, a content type, a body and extra headers. */
public record ApiResponse(int status, String contentType, Object body, Map<String, String> headers) {

    public static final String JSON = "application/json";
    public static final String GEO_JSON = "application/geo+json";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, JSON, body, Map.of());
    }

    public static ApiResponse ok(String contentType, Object body) {
        return new ApiResponse(200, contentType, body, Map.of());
    }
}
