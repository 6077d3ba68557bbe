package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.geo.api.CoordinateConverter;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/locate?lon=&lat=[&crs=]}: the units containing a point reported in WGS84 (the
 * default), GCJ-02, BD-09 or CGCS2000, deepest first.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/locate")
public class LocateEndpoint implements ApiEndpoint {

    private final GridLocator locator;
    private final CoordinateConverter converter;

    @Activate
    public LocateEndpoint(@Reference GridLocator locator, @Reference CoordinateConverter converter) {
        this.locator = locator;
        this.converter = converter;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        UnitViews.requireGet(request);
        double lon = required(request, "lon");
        double lat = required(request, "lat");
        String crsName = request.param("crs").orElse(InputCrs.WGS84.parameterName());
        InputCrs crs = InputCrs.byName(crsName).orElseThrow(() -> ApiException.badRequest("crs",
                "unknown coordinate system '" + crsName + "', use wgs84, gcj02, bd09 or cgcs2000"));
        LonLat point;
        try {
            point = converter.toCgcs2000(lon, lat, crs);
        } catch (GeoInputException outOfRange) {
            throw ApiException.badRequest(outOfRange.field(), outOfRange.problem().reason());
        }
        GridChain chain = locator.locate(point.lon(), point.lat()).orElseThrow(() -> ApiException.notFound(null,
                "no unit contains lon " + point.lon() + ", lat " + point.lat() + " (CGCS2000)"));
        Map<String, Object> input = UnitViews.lonLat(lon, lat);
        input.put("crs", crs.parameterName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("input", input);
        body.put("point", UnitViews.lonLat(point.lon(), point.lat()));
        body.put("chain", chain.units().stream().map(UnitViews::brief).toList());
        return ApiResponse.ok(body);
    }

    private static double required(ApiRequest request, String name) {
        return request.doubleParam(name).orElseThrow(() -> ApiException.badRequest(name, "is required"));
    }
}
