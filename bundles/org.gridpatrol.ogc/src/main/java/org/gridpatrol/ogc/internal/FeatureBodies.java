package org.gridpatrol.ogc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;

/** The JSON bodies of the writes: size-limited, of a JSON media type, parsed; and RFC 7396 merge patches. */
final class FeatureBodies {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final String MERGE_PATCH = "application/merge-patch+json";

    private FeatureBodies() {
    }

    /** The body as a JSON object: 413 above {@code maxBytes}, 415 for a type that is not JSON, 400 when broken. */
    static JsonNode object(ApiRequest request, int maxBytes, boolean patch) {
        checkSize(request, maxBytes);
        String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (patch && type.contains("json-patch")) {
            throw new ApiException(415, "Content-Type", "JSON Patch (RFC 6902) is not supported; send a JSON merge"
                    + " patch (RFC 7396) as " + MERGE_PATCH);
        }
        if (!type.isEmpty() && !type.contains("json")) {
            throw new ApiException(415, "Content-Type", "must be application/geo+json, application/json"
                    + (patch ? " or " + MERGE_PATCH : "") + ", got " + type);
        }
        JsonNode body = parse(request.body());
        if (!body.isObject()) {
            throw ApiException.badRequest("body", patch ? "must be a JSON merge patch object, e.g. "
                    + "{\"properties\": {\"name\": \"...\"}}" : "must be a GeoJSON Feature object");
        }
        return body;
    }

    static void checkSize(ApiRequest request, int maxBytes) {
        if (request.body().length > maxBytes) {
            throw new ApiException(413, "body", "is " + request.body().length + " bytes; the limit of a feature is "
                    + maxBytes + " bytes (" + OgcConfig.PID + " maxFeatureBytes)");
        }
    }

    /** RFC 7396: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("GeoJSON written by the codec is not JSON", unreadable);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("body", "is empty; send a GeoJSON Feature");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException broken) {
            throw ApiException.badRequest("body", "is not valid JSON: line " + broken.getLocation().getLineNr()
                    + ", column " + broken.getLocation().getColumnNr() + ": " + broken.getOriginalMessage());
        } catch (IOException unreadable) {
            throw ApiException.badRequest("body", "could not be read: " + unreadable.getMessage());
        }
    }
}
