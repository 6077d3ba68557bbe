package org.gridpatrol.ogc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.web.api.ApiResponse;

/**
 * Problem documents (RFC 7807) with members an {@code ApiException} cannot carry: the current version of
 * a unit, the violations of a refused edit, or a status the web bundle has no title for (428).
 */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    static ApiResponse answer(Map<String, Object> problem, Map<String, String> headers) {
        return new ApiResponse((Integer) problem.get("status"), PROBLEM_JSON, problem, headers);
    }

    /** As the grid edit endpoints show a violation; the location is written as GeoJSON by the web bundle. */
    static Map<String, Object> violation(GridViolation violation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", violation.kind());
        view.put("codes", violation.codes());
        view.put("message", violation.message());
        view.put("location", violation.location());
        return view;
    }

    /** A refusal whose answer is a ready response (headers included), thrown out of the write path. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ApiResponse response;

        Refusal(ApiResponse response) {
            super(String.valueOf(response.status()), null, false, false);
            this.response = response;
        }

        ApiResponse response() {
            return response;
        }
    }
}
