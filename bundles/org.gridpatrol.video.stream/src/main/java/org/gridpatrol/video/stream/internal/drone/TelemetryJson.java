package org.gridpatrol.video.stream.internal.drone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.VideoInputException;

/**
 * Reads a drone pose as sent over HTTP and MQTT: a JSON object with the {@link DroneTelemetry}
 * fields except {@code cameraCode} (the code is in the path or topic). {@code time} (ISO-8601) is
 * optional and defaults to arrival; every other field is a required finite number; unknown fields
 * are refused so a misspelt one is not silently ignored.
 */
public final class TelemetryJson {

    static final List<String> NUMBERS = List.of("lon", "lat", "altitudeAboveGroundMetres", "headingDeg",
            "gimbalPitchDeg", "horizontalFovDeg", "verticalFovDeg");

    private final ObjectMapper mapper = new ObjectMapper();

    public DroneTelemetry parse(String cameraCode, byte[] json, Instant arrivedAt) throws VideoInputException {
        JsonNode root = readTree(json);
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!NUMBERS.contains(name) && !name.equals("time") && !name.equals("cameraCode")) {
                throw new VideoInputException(name, "unknown telemetry field; expected time, " + String.join(", ", NUMBERS));
            }
        }
        JsonNode code = root.get("cameraCode");
        if (code != null && !code.asText().equals(cameraCode)) {
            throw new VideoInputException("cameraCode", "is '" + code.asText() + "' but the message is for '" + cameraCode + "'");
        }
        double[] values = new double[NUMBERS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(root, NUMBERS.get(i));
        }
        return new DroneTelemetry(cameraCode, time(root, arrivedAt), values[0], values[1], values[2], values[3], values[4],
                values[5], values[6]);
    }

    private JsonNode readTree(byte[] json) throws VideoInputException {
        JsonNode root;
        try {
            root = json == null || json.length == 0 ? null : mapper.readTree(json);
        } catch (JsonProcessingException malformed) {
            throw new VideoInputException("body", "malformed JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new VideoInputException("body", "unreadable: " + unreadable.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new VideoInputException("body", "must be a JSON object with the telemetry fields");
        }
        return root;
    }

    private static double number(JsonNode root, String field) throws VideoInputException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new VideoInputException(field, "is required");
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new VideoInputException(field, "must be a finite number, got " + value);
        }
        return value.asDouble();
    }

    private static Instant time(JsonNode root, Instant arrivedAt) throws VideoInputException {
        JsonNode value = root.get("time");
        if (value == null || value.isNull()) {
            return arrivedAt;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException malformed) {
            throw new VideoInputException("time", "must be ISO-8601 UTC like 2025-01-31T08:00:00Z, got " + value);
        }
    }
}
