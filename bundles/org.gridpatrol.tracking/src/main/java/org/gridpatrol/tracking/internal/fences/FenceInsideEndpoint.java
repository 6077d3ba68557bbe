package org.gridpatrol.tracking.internal.fences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/fences/inside?fence=checkpoint:C1} -> {@code {"fence":..,"units":[codes]}}, settled units only. */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=" + FenceInsideEndpoint.PATH)
public final class FenceInsideEndpoint implements ApiEndpoint {

    static final String PATH = "/api/v1/fences/inside";

    private final FenceLookup fences;

    @Activate
    public FenceInsideEndpoint(@Reference FenceLookup fences) {
        this.fences = fences;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        requireGet(request);
        String fence = request.requiredParam("fence");
        if (fences.fence(fence).isEmpty()) {
            throw ApiException.notFound("fence", "no fence '" + fence + "'; ids are checkpoint:<code> or grid:<code>");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fence", fence);
        body.put("units", List.copyOf(fences.unitsInside(fence)));
        return ApiResponse.ok(body);
    }

    static void requireGet(ApiRequest request) {
        if (!"GET".equals(request.method())) {
            throw new ApiException(405, "method", request.method() + " is not supported here; use GET");
        }
    }
}
