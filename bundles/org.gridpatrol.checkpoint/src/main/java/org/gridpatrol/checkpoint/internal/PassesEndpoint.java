package org.gridpatrol.checkpoint.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pass register over HTTP: {@code GET /api/v1/passes?checkpoint=&from=&to=&limit=} (newest first),
 * {@code POST /api/v1/passes} (all or nothing; admin, dispatcher, checkpoint-officer, grid-worker) and
 * {@code GET /api/v1/passes/stats?checkpoint=&from=YYYY-MM-DD&to=YYYY-MM-DD} (days in Asia/Shanghai, today
 * by default). ({@code /api/v1/passes/import} is its own exact-path endpoint.)
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/passes/*")
public class PassesEndpoint implements ApiEndpoint {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 5_000;
    static final int MAX_STATS_DAYS = 366;

    private final PassRegister passes;
    private final Checkpoints checkpoints;

    @Activate
    public PassesEndpoint(@Reference PassRegister passes, @Reference Checkpoints checkpoints) {
        this.passes = passes;
        this.checkpoints = checkpoints;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> segments = Endpoints.segments(request.subPath());
        if (segments.isEmpty()) {
            return switch (request.method()) {
                case "GET" -> list(request);
                case "POST" -> record(request);
                default -> throw Endpoints.methodNotAllowed(request, "GET or POST");
            };
        }
        if (segments.equals(List.of("stats"))) {
            if (!request.method().equals("GET")) {
                throw Endpoints.methodNotAllowed(request, "GET");
            }
            return stats(request);
        }
        throw ApiException.notFound("path", "no pass resource at /api/v1/passes" + request.subPath());
    }

    private ApiResponse list(ApiRequest request) {
        int limit = request.intParam("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        List<Pass> found = passes.list(request.param("checkpoint").orElse(null),
                Endpoints.timeParam(request, "from").orElse(null), Endpoints.timeParam(request, "to").orElse(null), limit);
        return ApiResponse.ok(Map.of("passes", found.stream().map(Views::pass).toList()));
    }

    private ApiResponse record(ApiRequest request) {
        Endpoints.requireRole(request, Endpoints.PASS_WRITERS);
        List<Pass> parsed = PassJson.parse(request.body(), request.user(), passes.now());
        try {
            List<Pass> stored = passes.record(parsed);
            return Endpoints.created("/api/v1/passes", ApiResponse.JSON,
                    Map.of("passes", stored.stream().map(Views::pass).toList()));
        } catch (CheckpointException refused) {
            throw Endpoints.badInput(refused);
        }
    }

    private ApiResponse stats(ApiRequest request) {
        LocalDate today = passes.now().atZone(JdbcPasses.LOCAL_ZONE).toLocalDate();
        LocalDate from = day(request, "from").orElse(today);
        LocalDate to = day(request, "to").orElse(from.isAfter(today) ? from : today);
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to", "must not be before from (" + from + ")");
        }
        if (from.plusDays(MAX_STATS_DAYS).isBefore(to)) {
            throw ApiException.badRequest("to", "at most " + MAX_STATS_DAYS + " days per request");
        }
        Map<String, String> names = checkpoints.list(null).stream()
                .collect(Collectors.toMap(Checkpoint::code, Checkpoint::name));
        return ApiResponse.ok(Map.of("stats", passes.stats(request.param("checkpoint").orElse(null), from, to).stream()
                .map(stats -> Views.stats(stats, names.get(stats.checkpointCode()))).toList()));
    }

    private static java.util.Optional<LocalDate> day(ApiRequest request, String name) {
        return request.param(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException unreadable) {
                throw ApiException.badRequest(name, "must be a day as YYYY-MM-DD, got '" + text + "'");
            }
        });
    }
}
