package org.gridpatrol.checkpoint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/** What the checkpoint endpoints share: roles, methods, path segments, bodies, times and refusals. */
final class Endpoints {

    static final String ADMIN = "admin";
    static final String GIS_EDITOR = "gis-editor";
    static final String DISPATCHER = "dispatcher";
    static final String CHECKPOINT_OFFICER = "checkpoint-officer";
    static final String GRID_WORKER = "grid-worker";
    /** Who may record passes, by JSON or CSV. */
    static final String[] PASS_WRITERS = {ADMIN, DISPATCHER, CHECKPOINT_OFFICER, GRID_WORKER};

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** A refusal of the checkpoint capability as a 400 with its field and, for geometry, its place. */
    static ApiException badInput(CheckpointException refused) {
        return new ApiException(400, refused.field(), refused.getMessage(), refused.lon(), refused.lat());
    }

    /** The segments of a prefix endpoint's sub-path: {@code /a/b} gives [a, b]. */
    static List<String> segments(String subPath) {
        String trimmed = subPath.startsWith("/") ? subPath.substring(1) : subPath;
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    static JsonNode object(byte[] body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (IOException malformed) {
            throw ApiException.badRequest("body", "is not valid JSON: "
                    + malformed.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        return tree;
    }

    /** An ISO-8601 instant query parameter, or a 400 naming it. */
    static Optional<Instant> timeParam(ApiRequest request, String name) {
        return request.param(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeException unreadable) {
                throw ApiException.badRequest(name, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z, got '"
                        + text + "'");
            }
        });
    }

    static ApiResponse created(String location, String contentType, Object body) {
        return new ApiResponse(201, contentType, body, Map.of("Location", location));
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, ApiResponse.JSON, null, Map.of());
    }
}
