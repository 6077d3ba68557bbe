package org.gridpatrol.tracking.internal.fences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/fences/of?unit=P1} -> {@code {"unit":..,"fences":[ids]}}: the fences the unit is settled
 * inside; empty for a unit with no recent position (the unit register is not consulted).
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=" + UnitFencesEndpoint.PATH)
public final class UnitFencesEndpoint implements ApiEndpoint {

    static final String PATH = "/api/v1/fences/of";

    private final FenceLookup fences;

    @Activate
    public UnitFencesEndpoint(@Reference FenceLookup fences) {
        this.fences = fences;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        FenceInsideEndpoint.requireGet(request);
        String unit = request.requiredParam("unit");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unit", unit);
        body.put("fences", List.copyOf(fences.fencesOf(unit)));
        return ApiResponse.ok(body);
    }
}
