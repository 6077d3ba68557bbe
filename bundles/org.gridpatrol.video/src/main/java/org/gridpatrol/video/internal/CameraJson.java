package org.gridpatrol.video.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.web.api.ApiException;

/**
 * A camera from a request body: the Camera record's fields as JSON. {@code gridCode} (assigned by
 * location) and what GET adds ({@code health}, {@code footprint}) are accepted and ignored, so a client
 * may send back what it read. Optional: {@code type} (FIXED), {@code subStreamUrl}, {@code detector}
 * (hog), {@code analysisFps} (2), {@code enabled} (true), {@code zones}, {@code calibration}.
 */
final class CameraJson {

    static final List<String> REQUIRED = List.of("code", "name", "lon", "lat", "headingDeg", "fieldOfViewDeg",
            "rangeMetres", "mountingHeightMetres", "mainStreamUrl");
    private static final Set<String> KNOWN = Arrays.stream(Camera.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> READ_ONLY = Set.of("gridCode", "health", "footprint");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The camera in {@code body}; its code defaults to {@code pathCode} and must match it when both are given. */
    Camera parse(byte[] body, String pathCode) {
        ObjectNode object = object(body);
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KNOWN.contains(name) && !READ_ONLY.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(unknown.get(0), "unknown field(s) " + unknown + "; a camera has " + KNOWN);
        }
        if (pathCode != null) {
            JsonNode code = object.get("code");
            if (code != null && !code.isNull() && !pathCode.equals(code.asText())) {
                throw ApiException.badRequest("code", "is '" + code.asText() + "' but the path names '" + pathCode + "'");
            }
            object.put("code", pathCode);
        }
        READ_ONLY.forEach(object::remove);
        for (String required : REQUIRED) {
            if (!object.hasNonNull(required)) {
                throw ApiException.badRequest(required, "is required");
            }
        }
        putIfAbsent(object, "type", "FIXED");
        putIfAbsent(object, "detector", CameraCsvImport.DEFAULT_DETECTOR);
        if (!object.hasNonNull("analysisFps")) {
            object.put("analysisFps", CameraCsvImport.DEFAULT_ANALYSIS_FPS);
        }
        if (!object.hasNonNull("enabled")) {
            object.put("enabled", true);
        }
        object.putNull("gridCode");
        try {
            return mapper.treeToValue(object, Camera.class);
        } catch (UnrecognizedPropertyException unknownNested) {
            throw ApiException.badRequest(path(unknownNested), "unknown field '" + unknownNested.getPropertyName() + "'");
        } catch (JsonMappingException wrongType) {
            throw ApiException.badRequest(path(wrongType), "is missing or has the wrong type: " + wrongType.getOriginalMessage());
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw ApiException.badRequest("body", "is not a camera: " + unreadable.getMessage());
        }
    }

    private ObjectNode object(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException malformed) {
            throw ApiException.badRequest("body", "is not valid JSON: " + malformed.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        return (ObjectNode) tree;
    }

    private static void putIfAbsent(ObjectNode object, String field, String value) {
        if (!object.hasNonNull(field)) {
            object.put(field, value);
        }
    }

    /** The JSON path at fault, e.g. {@code zones[0].polygon[2].x}. */
    static String path(JsonMappingException problem) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : problem.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
