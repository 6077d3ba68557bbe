package org.gridpatrol.video.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/** What the video endpoints share: role checks for paths that mix reads and writes, methods, path segments. */
final class Endpoints {

    static final String ADMIN = "admin";

    private Endpoints() {
    }

    /** A 403 unless the caller has one of {@code roles}; admin passes every check, as in the router. */
    static void requireRole(ApiRequest request, String... roles) {
        if (request.hasRole(ADMIN) || Arrays.stream(roles).anyMatch(request::hasRole)) {
            return;
        }
        throw new ApiException(403, "role", "needs one of the roles " + List.of(roles));
    }

    static ApiException methodNotAllowed(ApiRequest request, String allowed) {
        return new ApiException(405, "method", request.method() + " is not supported here; use " + allowed);
    }

    static ApiException badInput(VideoInputException refused) {
        return ApiException.badRequest(refused.field(), refused.getMessage());
    }

    /** The segments of a prefix endpoint's sub-path: {@code /a/b} gives [a, b]. */
    static List<String> segments(String subPath) {
        String trimmed = subPath.startsWith("/") ? subPath.substring(1) : subPath;
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    static ApiResponse created(String location, Object body) {
        return new ApiResponse(201, ApiResponse.JSON, body, Map.of("Location", location));
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, ApiResponse.JSON, null, Map.of());
    }
}
