package org.gridpatrol.video.internal;

import java.util.List;
import java.util.Map;
import org.gridpatrol.video.api.VideoAlert;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/video/alerts/{id}}, {@code GET .../{id}/snapshot.jpg} and {@code POST .../{id}/ack}
 * (patrol operators and dispatchers; the first acknowledgement is kept).
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/video/alerts/*")
public class VideoAlertEndpoint implements ApiEndpoint {

    static final String[] ACKNOWLEDGING_ROLES = {"patrol-operator", "dispatcher"};

    private final AlertLog alerts;

    @Activate
    public VideoAlertEndpoint(@Reference AlertLog alerts) {
        this.alerts = alerts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> segments = Endpoints.segments(request.subPath());
        if (segments.isEmpty() || segments.size() > 2 || segments.get(0).isBlank()) {
            throw notFoundPath(request);
        }
        String id = segments.get(0);
        String action = segments.size() == 2 ? segments.get(1) : "";
        switch (action) {
            case "":
                requireMethod(request, "GET");
                return ApiResponse.ok(Views.alert(existing(id)));
            case "snapshot.jpg":
                requireMethod(request, "GET");
                existing(id);
                byte[] jpeg = alerts.snapshot(id)
                        .orElseThrow(() -> ApiException.notFound("id", "alert '" + id + "' has no snapshot"));
                return new ApiResponse(200, "image/jpeg", jpeg, Map.of("Cache-Control", "private, max-age=86400"));
            case "ack":
                requireMethod(request, "POST");
                Endpoints.requireRole(request, ACKNOWLEDGING_ROLES);
                VideoAlert acknowledged = alerts.acknowledge(id, request.user()).orElseThrow(() -> notFound(id));
                return ApiResponse.ok(Views.alert(acknowledged));
            default:
                throw notFoundPath(request);
        }
    }

    private VideoAlert existing(String id) {
        return alerts.find(id).orElseThrow(() -> notFound(id));
    }

    private static void requireMethod(ApiRequest request, String method) {
        if (!request.method().equals(method)) {
            throw Endpoints.methodNotAllowed(request, method);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("id", "no video alert with id '" + id + "'");
    }

    private static ApiException notFoundPath(ApiRequest request) {
        return ApiException.notFound("path", "no video alert resource at /api/v1/video/alerts" + request.subPath());
    }
}
