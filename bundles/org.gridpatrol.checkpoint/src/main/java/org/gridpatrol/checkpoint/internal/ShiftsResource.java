package org.gridpatrol.checkpoint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Shift;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/**
 * {@code GET/POST /api/v1/checkpoints/{code}/shifts} and {@code DELETE .../shifts/{id}} for an existing
 * checkpoint. Without {@code from}/{@code to}, GET lists the shifts overlapping the last day and the next week.
 * Changes need admin or dispatcher.
 */
final class ShiftsResource {

    private final Roster roster;
    private final Clock clock;

    ShiftsResource(Roster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request, String code, String id) {
        if (id != null) {
            if (!request.method().equals("DELETE")) {
                throw Endpoints.methodNotAllowed(request, "DELETE");
            }
            Endpoints.requireRole(request, Endpoints.DISPATCHER);
            long shiftId = shiftId(id);
            boolean ours = roster.shifts(code, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")).stream()
                    .anyMatch(shift -> shift.id() == shiftId);
            if (!ours || !roster.removeShift(shiftId)) {
                throw ApiException.notFound("id", "checkpoint " + code + " has no shift " + id);
            }
            return Endpoints.noContent();
        }
        switch (request.method()) {
            case "GET":
                Instant now = clock.instant();
                Instant from = Endpoints.timeParam(request, "from").orElse(now.minus(Duration.ofDays(1)));
                Instant to = Endpoints.timeParam(request, "to").orElse(now.plus(Duration.ofDays(7)));
                if (!to.isAfter(from)) {
                    throw ApiException.badRequest("to", "must be after from");
                }
                return ApiResponse.ok(Map.of("shifts", roster.shifts(code, from, to).stream().map(Views::shift).toList()));
            case "POST":
                Endpoints.requireRole(request, Endpoints.DISPATCHER);
                JsonNode body = Endpoints.object(request.body());
                try {
                    Shift shift = roster.addShift(code, text(body, "unitCode"), time(body, "start"), time(body, "end"));
                    return Endpoints.created("/api/v1/checkpoints/" + code + "/shifts/" + shift.id(), ApiResponse.JSON,
                            Views.shift(shift));
                } catch (CheckpointException refused) {
                    throw Endpoints.badInput(refused);
                }
            default:
                throw Endpoints.methodNotAllowed(request, "GET or POST");
        }
    }

    private static long shiftId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw ApiException.notFound("id", "shift ids are numbers, got '" + id + "'");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest(field, "is required");
        }
        return value.asText().strip();
    }

    private static Instant time(JsonNode body, String field) {
        String text = text(body, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeException unreadable) {
            throw ApiException.badRequest(field, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z, got '"
                    + text + "'");
        }
    }
}
