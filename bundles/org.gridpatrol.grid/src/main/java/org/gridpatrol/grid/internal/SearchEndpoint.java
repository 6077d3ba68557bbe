package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/search?q=&limit=}: units by name or code prefix, shallow levels first. */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/search")
public class SearchEndpoint implements ApiEndpoint {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final GridUnits units;

    @Activate
    public SearchEndpoint(@Reference GridUnits units) {
        this.units = units;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        UnitViews.requireGet(request);
        String text = request.requiredParam("q");
        int limit = request.intParam("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        return ApiResponse.ok(Map.of("results", units.search(text, limit).stream().map(SearchEndpoint::result).toList()));
    }

    private static Map<String, Object> result(GridUnit unit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", unit.code());
        view.put("name", unit.name());
        view.put("level", unit.level().id());
        view.put("parent", unit.parentCode());
        view.put("bbox", UnitViews.bbox(unit));
        return view;
    }
}
