package org.gridpatrol.grid.internal;

import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/grid-validation[?limit=n]}: the topology rules over every stored unit: counts by kind
 * and the first {@code limit} (default 1000) violations with their locations.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/grid-validation")
public class GridValidationEndpoint implements ApiEndpoint {

    private final GridEdits edits;

    @Activate
    public GridValidationEndpoint(@Reference GridEdits edits) {
        this.edits = edits;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        UnitViews.requireGet(request);
        int limit = request.intParam("limit", 0, 100_000).orElse(1000);
        return ApiResponse.ok(RevisionViews.report(edits.validateAll(), limit));
    }
}
