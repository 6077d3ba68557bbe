package org.gridpatrol.checkpoint.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.checkpoint.api.Staffing;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checkpoints over HTTP: {@code GET /api/v1/checkpoints[?level=]} (a FeatureCollection with each one's
 * staffing now), {@code GET/PUT/DELETE /api/v1/checkpoints/{code}}, and below it the shifts
 * ({@link ShiftsResource}). PUT needs admin or gis-editor, DELETE admin.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/checkpoints/*")
public class CheckpointsEndpoint implements ApiEndpoint {

    private final Checkpoints checkpoints;
    private final Roster roster;
    private final CheckpointJson json;
    private final ShiftsResource shifts;
    private final Clock clock;

    @Activate
    public CheckpointsEndpoint(@Reference Checkpoints checkpoints, @Reference Roster roster,
            @Reference GeoJsonCodec codec) {
        this(checkpoints, roster, codec, Clock.systemUTC());
    }

    CheckpointsEndpoint(Checkpoints checkpoints, Roster roster, GeoJsonCodec codec, Clock clock) {
        this.checkpoints = checkpoints;
        this.roster = roster;
        this.json = new CheckpointJson(codec);
        this.shifts = new ShiftsResource(roster, clock);
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> segments = Endpoints.segments(request.subPath());
        if (segments.isEmpty()) {
            if (!request.method().equals("GET")) {
                throw Endpoints.methodNotAllowed(request, "GET (PUT /api/v1/checkpoints/{code} saves one)");
            }
            return ApiResponse.ok(ApiResponse.GEO_JSON, collection(request));
        }
        String code = segments.get(0);
        if (segments.size() == 1 && !code.isBlank()) {
            return checkpoint(request, code);
        }
        if (segments.size() >= 2 && segments.size() <= 3 && segments.get(1).equals("shifts")) {
            existing(code);
            return shifts.handle(request, code, segments.size() == 3 ? segments.get(2) : null);
        }
        throw ApiException.notFound("path", "no checkpoint resource at /api/v1/checkpoints" + request.subPath());
    }

    private Object collection(ApiRequest request) {
        CheckpointLevel level = request.param("level").map(CheckpointsEndpoint::level).orElse(null);
        Instant now = clock.instant();
        Map<String, Roster.Coverage> running = roster.running(now);
        return Views.collection(checkpoints.list(level).stream().map(checkpoint -> Views.feature(checkpoint,
                staffing(running.get(checkpoint.code()), checkpoint.code(), now), false)).toList());
    }

    private ApiResponse checkpoint(ApiRequest request, String code) {
        switch (request.method()) {
            case "GET":
                return ApiResponse.ok(ApiResponse.GEO_JSON, view(existing(code)));
            case "PUT":
                Endpoints.requireRole(request, Endpoints.GIS_EDITOR);
                Checkpoint checkpoint = json.parse(request.body(), code);
                try {
                    return ApiResponse.ok(ApiResponse.GEO_JSON, view(checkpoints.save(List.of(checkpoint)).get(0)));
                } catch (CheckpointException refused) {
                    throw Endpoints.badInput(refused);
                }
            case "DELETE":
                Endpoints.requireRole(request);
                if (!checkpoints.delete(code)) {
                    throw notFound(code);
                }
                return Endpoints.noContent();
            default:
                throw Endpoints.methodNotAllowed(request, "GET, PUT or DELETE");
        }
    }

    private Map<String, Object> view(Checkpoint checkpoint) {
        Instant now = clock.instant();
        Staffing staffing = roster.staffing(checkpoint.code(), now)
                .orElseGet(() -> staffing(null, checkpoint.code(), now));
        return Views.feature(checkpoint, staffing, true);
    }

    private static Staffing staffing(Roster.Coverage coverage, String code, Instant now) {
        return coverage != null ? coverage.staffing() : new Staffing(code, now, Set.of(), Set.of(), true);
    }

    private Checkpoint existing(String code) {
        return checkpoints.find(code).orElseThrow(() -> notFound(code));
    }

    private static CheckpointLevel level(String value) {
        try {
            return CheckpointLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("level", "must be COUNTY, TOWN, VILLAGE or BUILDING, got '" + value + "'");
        }
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("code", "no checkpoint with code '" + code + "'");
    }
}
