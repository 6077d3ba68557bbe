package org.gridpatrol.video.internal;

import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/video/alerts[?limit=&camera=&grid=&unacknowledged=true]}: newest first; {@code grid}
 * is any unit's code and matches the alerts in it and below it.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/video/alerts")
public class VideoAlertsEndpoint implements ApiEndpoint {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private final AlertLog alerts;

    @Activate
    public VideoAlertsEndpoint(@Reference AlertLog alerts) {
        this.alerts = alerts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            throw Endpoints.methodNotAllowed(request, "GET");
        }
        int limit = request.intParam("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        String camera = request.param("camera").orElse(null);
        if (camera != null && !CameraValidator.CODE.matcher(camera).matches()) {
            throw ApiException.badRequest("camera", "must be a camera code (letters, digits, '_', '-'), got '" + camera + "'");
        }
        String grid = request.param("grid").orElse(null);
        if (grid != null && !grid.matches("\\d{6,18}")) {
            throw ApiException.badRequest("grid", "must be a unit code of 6 to 18 digits, got '" + grid + "'");
        }
        boolean unacknowledged = request.param("unacknowledged").map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("unacknowledged", "must be true or false, got '" + value + "'");
        }).orElse(false);
        return ApiResponse.ok(alerts.query(new AlertFilter(camera, grid, unacknowledged, limit)).stream()
                .map(Views::alert).toList());
    }
}
