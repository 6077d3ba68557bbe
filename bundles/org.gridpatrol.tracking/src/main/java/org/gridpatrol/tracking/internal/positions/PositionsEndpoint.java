package org.gridpatrol.tracking.internal.positions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/positions} (a batch of reports, channel {@code rest}; 413 above {@code maxBatch}) and
 * {@code GET /api/v1/positions/stats} (accepted and rejected reports per channel since start).
 */
@Component(service = ApiEndpoint.class, configurationPid = PositionsConfig.PID, property = {
    ApiEndpoint.PATH + "=/api/v1/positions/*",
    ApiEndpoint.ROLES + "=admin,dispatcher,patrol-operator"})
public class PositionsEndpoint implements ApiEndpoint {

    static final String CHANNEL = "rest";

    private final Positions positions;
    private final IngestCounters counters;
    private final int maxBatch;
    private final ObjectMapper mapper = new ObjectMapper();

    @Activate
    public PositionsEndpoint(@Reference Positions positions, @Reference IngestCounters counters, PositionsConfig config) {
        this.positions = positions;
        this.counters = counters;
        this.maxBatch = config.maxBatch();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String path = request.subPath().endsWith("/")
                ? request.subPath().substring(0, request.subPath().length() - 1) : request.subPath();
        if (path.isEmpty()) {
            if (!"POST".equals(request.method())) {
                throw new ApiException(405, "method", request.method() + " is not supported here; use POST");
            }
            return ApiResponse.ok(view(ingest(request.body())));
        }
        if (path.equals("/stats")) {
            if (!"GET".equals(request.method())) {
                throw new ApiException(405, "method", request.method() + " is not supported here; use GET");
            }
            return ApiResponse.ok(Map.of("channels", counters.byChannel()));
        }
        throw ApiException.notFound("path", "no position resource at /api/v1/positions" + request.subPath());
    }

    private IngestResult ingest(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException malformed) {
            throw ApiException.badRequest("body", "is not valid JSON: " + malformed.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode reports = tree == null ? null : tree.get("positions");
        if (reports == null || !reports.isArray()) {
            throw ApiException.badRequest("positions", "must be an array of position reports");
        }
        if (reports.size() > maxBatch) {
            throw new ApiException(413, "positions", "holds " + reports.size() + " reports; at most " + maxBatch
                    + " are accepted in one request");
        }
        JsonReportBatch batch = new JsonReportBatch();
        for (int i = 0; i < reports.size(); i++) {
            batch.add(i, reports.get(i), null);
        }
        return batch.ingest(positions, counters, CHANNEL);
    }

    static Map<String, Object> view(IngestResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accepted", result.accepted());
        view.put("rejected", List.copyOf(result.rejections()));
        return view;
    }
}
