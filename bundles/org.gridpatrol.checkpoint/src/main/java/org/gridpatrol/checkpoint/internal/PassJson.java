package org.gridpatrol.checkpoint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.web.api.ApiException;

/**
 * Passes from a POST body {@code {"passes":[{checkpointCode, time?, subjectKind, subject, direction,
 * healthCode, passType, officer?}]}}; refusals name the JSON path, e.g. {@code passes[2].healthCode}.
 */
final class PassJson {

    static final int MAX_PASSES = 1_000;
    private static final Set<String> FIELDS = Set.of("checkpointCode", "time", "subjectKind", "subject", "direction",
            "healthCode", "passType", "officer", "id");

    private PassJson() {
    }

    /** @param user the officer when a pass names none; {@code now} when it has no time */
    static List<Pass> parse(byte[] body, String user, Instant now) {
        JsonNode passes = Endpoints.object(body).get("passes");
        if (passes == null || !passes.isArray() || passes.isEmpty()) {
            throw ApiException.badRequest("passes", "must be a non-empty array of passes");
        }
        if (passes.size() > MAX_PASSES) {
            throw new ApiException(413, "passes", "holds " + passes.size() + " passes; at most " + MAX_PASSES
                    + " per request (POST /api/v1/passes/import takes CSV files)");
        }
        List<Pass> parsed = new ArrayList<>(passes.size());
        for (int i = 0; i < passes.size(); i++) {
            try {
                parsed.add(pass(passes.get(i), user, now));
            } catch (CheckpointException refused) {
                String field = "passes[" + i + "]" + (refused.field().isEmpty() ? "" : "." + refused.field());
                throw ApiException.badRequest(field, refused.getMessage());
            }
        }
        return parsed;
    }

    private static Pass pass(JsonNode node, String user, Instant now) {
        if (!node.isObject()) {
            throw new CheckpointException("", "must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new CheckpointException(name, "is not a field of a pass; a pass has " + FIELDS);
            }
        }
        String checkpointCode = text(node, "checkpointCode");
        if (checkpointCode.isEmpty()) {
            throw new CheckpointException("checkpointCode", "is required");
        }
        String time = text(node, "time");
        String officer = text(node, "officer");
        return new Pass(0, checkpointCode, time.isEmpty() ? now : PassValues.time(time),
                PassValues.subjectKind(text(node, "subjectKind")), text(node, "subject"),
                PassValues.inbound(text(node, "direction")), PassValues.healthCode(text(node, "healthCode")),
                PassValues.passType(text(node, "passType")), officer.isEmpty() ? user : officer);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new CheckpointException(field, "must be a string");
        }
        return value.asText().strip();
    }
}
