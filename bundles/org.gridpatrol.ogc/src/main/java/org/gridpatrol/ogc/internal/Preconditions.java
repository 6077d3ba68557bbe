package org.gridpatrol.ogc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/**
 * Optimistic locking over HTTP: a feature's strong entity tag is its unit version in quotes ({@code "3"}), and
 * every change of an existing feature must name the version it is based on in {@code If-Match}. Without it
 * the answer is 428, with an outdated one 412 naming the current version: never a silent overwrite.
 */
final class Preconditions {

    static final String IF_MATCH = "If-Match";

    private Preconditions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The current version, when {@code If-Match} names it; otherwise a 428 or 412 refusal. */
    static long baseVersion(ApiRequest request, VersionedUnit current) {
        String header = request.header("if-match").map(String::trim).orElse("");
        if (header.isEmpty()) {
            throw required("send If-Match with the ETag of a GET of this feature, e.g. If-Match: \""
                    + current.version() + "\", so that a change made meanwhile is not overwritten");
        }
        if (header.equals("*")) {
            throw required("If-Match: * names no version; send the ETag of a GET of this feature");
        }
        for (String tag : tags(header, IF_MATCH)) {
            if (tag.equals(etag(current.version()))) {
                return current.version();
            }
        }
        throw new Problems.Refusal(failed(current.unit().code(), header, current.version()));
    }

    /** 412 naming the current version (0: the feature is gone), with its ETag to retry from. */
    static ApiResponse failed(String code, String ifMatch, long currentVersion) {
        String detail = currentVersion == 0
                ? "feature " + code + " no longer exists; If-Match was " + ifMatch
                : "feature " + code + " was changed meanwhile: If-Match was " + ifMatch + ", the current version is "
                        + etag(currentVersion) + "; GET it again and re-apply your change";
        Map<String, Object> problem = Problems.problem(412, "Precondition Failed", detail);
        problem.put("field", IF_MATCH);
        problem.put("code", code);
        problem.put("current_version", currentVersion);
        return Problems.answer(problem, currentVersion == 0 ? Map.of() : Map.of("ETag", etag(currentVersion)));
    }

    /** Whether a GET's {@code If-None-Match} names the current version (answered with 304). */
    static boolean notModified(ApiRequest request, long version) {
        return request.header("if-none-match")
                .map(header -> header.trim().equals("*") || tags(header, "If-None-Match").stream()
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag) // weak comparison for GET
                        .anyMatch(etag(version)::equals))
                .orElse(false);
    }

    /** The entity tags of a list such as {@code "3", W/"4"}; weak ones keep their prefix: never a strong match. */
    private static List<String> tags(String header, String name) {
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
                throw new ApiException(400, name, "must be entity tags in double quotes as ETag gives them, e.g. "
                        + "\"3\", got " + header);
            }
            tags.add(tag);
        }
        return tags;
    }

    private static Problems.Refusal required(String detail) {
        Map<String, Object> problem = Problems.problem(428, "Precondition Required", detail);
        problem.put("field", IF_MATCH);
        return new Problems.Refusal(Problems.answer(problem, Map.of()));
    }
}
