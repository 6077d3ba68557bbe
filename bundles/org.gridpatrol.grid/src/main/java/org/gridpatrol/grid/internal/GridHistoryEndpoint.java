package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/grid-history/{code}}: the revisions of a unit, oldest first, with its before/after. */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/grid-history/*")
public class GridHistoryEndpoint implements ApiEndpoint {

    private final GridEdits edits;

    @Activate
    public GridHistoryEndpoint(@Reference GridEdits edits) {
        this.edits = edits;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        UnitViews.requireGet(request);
        String code = request.subPath().startsWith("/") ? request.subPath().substring(1) : request.subPath();
        if (!code.matches("\\d{6,18}")) {
            throw ApiException.badRequest("code", "must be a unit code of 6 to 18 digits: /api/v1/grid-history/{code}");
        }
        List<Revision> history = edits.history(code);
        if (history.isEmpty() && edits.current(code).isEmpty()) {
            throw ApiException.notFound("code", "no unit and no history with code '" + code + "'");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("current_version", edits.current(code).map(unit -> unit.version()).orElse(null));
        body.put("revisions", history.stream().map(RevisionViews::revision).toList());
        return ApiResponse.ok(body);
    }
}
