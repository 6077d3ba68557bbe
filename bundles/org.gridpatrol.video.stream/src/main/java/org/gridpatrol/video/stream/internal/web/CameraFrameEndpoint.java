package org.gridpatrol.video.stream.internal.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/camera-frames/{code}.jpg[?overlays=true]}: the camera's latest analysed frame.
 * (The API router matches exact paths and prefixes only, so {@code /api/v1/cameras/{code}/frame.jpg}
 * cannot be registered next to the register's {@code /api/v1/cameras/*}.)
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/camera-frames/*")
public final class CameraFrameEndpoint implements ApiEndpoint {

    private static final Pattern FRAME = Pattern.compile("/([^/]+)\\.jpg");

    private final CameraMonitor monitor;

    @Activate
    public CameraFrameEndpoint(@Reference CameraMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Matcher path = FRAME.matcher(request.subPath());
        if (!path.matches()) {
            throw ApiException.notFound("path", "use GET /api/v1/camera-frames/{code}.jpg");
        }
        if (!request.method().equals("GET")) {
            throw new ApiException(405, "method", "only GET is supported here");
        }
        String code = path.group(1);
        boolean overlays = booleanParam(request, "overlays");
        if (monitor.health(code).isEmpty()) {
            throw ApiException.notFound("code", "no camera with code '" + code + "'");
        }
        byte[] jpeg = monitor.latestJpeg(code, overlays).orElseThrow(() -> ApiException.notFound("code",
                "camera '" + code + "' has no analysed frame yet"));
        return new ApiResponse(200, "image/jpeg", jpeg, Map.of("Cache-Control", "no-store"));
    }

    private static boolean booleanParam(ApiRequest request, String name) {
        String value = request.param(name).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.badRequest(name, "must be true or false, got '" + value + "'");
        }
        return value.equals("true");
    }
}
