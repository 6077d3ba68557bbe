package org.gridpatrol.video.stream.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.stream.internal.drone.DronePoses;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Drone poses over HTTP. {@code POST /api/v1/drones/{code}/telemetry} with a JSON pose keeps it as the
 * drone camera's latest and answers the pose and the ground footprint it gives (impossible values: 400
 * naming the field; unknown camera: 404). {@code GET /api/v1/drones/{code}} answers the drone's live
 * state (latest pose, footprint, when it arrived; 404 before any pose), {@code GET /api/v1/drones}
 * the list of every drone with a pose.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/drones/*")
public final class DroneTelemetryEndpoint implements ApiEndpoint {

    private static final Pattern TELEMETRY = Pattern.compile("/([^/]+)/telemetry/?");
    private static final Pattern DRONE = Pattern.compile("/([^/]+)/?");

    private final DronePoses poses;

    @Activate
    public DroneTelemetryEndpoint(@Reference DronePoses poses) {
        this.poses = poses;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String subPath = request.subPath();
        Matcher telemetry = TELEMETRY.matcher(subPath);
        if (telemetry.matches()) {
            requireMethod(request, "POST");
            return accept(telemetry.group(1), request.body());
        }
        if (subPath.isEmpty() || subPath.equals("/")) {
            requireMethod(request, "GET");
            return ApiResponse.ok(poses.live().stream().map(DroneTelemetryEndpoint::liveView).toList());
        }
        Matcher drone = DRONE.matcher(subPath);
        if (drone.matches()) {
            requireMethod(request, "GET");
            String code = drone.group(1);
            return ApiResponse.ok(poses.live(code).map(DroneTelemetryEndpoint::liveView).orElseThrow(
                    () -> ApiException.notFound("code", "no pose received for drone '" + code + "'")));
        }
        throw ApiException.notFound("path",
                "use GET /api/v1/drones, GET /api/v1/drones/{code} or POST /api/v1/drones/{code}/telemetry");
    }

    private ApiResponse accept(String code, byte[] body) {
        DronePoses.Accepted accepted;
        try {
            accepted = poses.accept(code, body);
        } catch (DronePoses.UnknownCameraException unknown) {
            throw ApiException.notFound("code", unknown.getMessage());
        } catch (VideoInputException invalid) {
            throw ApiException.badRequest(invalid.field(), invalid.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("camera", code);
        answer.put("pose", poseView(accepted.pose()));
        answer.put("footprint", accepted.projection().footprint(accepted.imageWidth(), accepted.imageHeight()));
        return ApiResponse.ok(answer);
    }

    private static void requireMethod(ApiRequest request, String method) {
        if (!request.method().equals(method)) {
            throw new ApiException(405, "method", "only " + method + " is supported here");
        }
    }

    private static Map<String, Object> liveView(DronePoses.LivePose live) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", live.cameraCode());
        view.put("telemetry", poseView(live.pose()));
        view.put("footprint", live.footprint());
        view.put("receivedAt", live.receivedAt().toString());
        return view;
    }

    /** The pose with its time as ISO-8601 text (the API's JSON writer has no java.time support). */
    private static Map<String, Object> poseView(DroneTelemetry pose) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("time", pose.time().toString());
        view.put("lon", pose.lon());
        view.put("lat", pose.lat());
        view.put("altitudeAboveGroundMetres", pose.altitudeAboveGroundMetres());
        view.put("headingDeg", pose.headingDeg());
        view.put("gimbalPitchDeg", pose.gimbalPitchDeg());
        view.put("horizontalFovDeg", pose.horizontalFovDeg());
        view.put("verticalFovDeg", pose.verticalFovDeg());
        return view;
    }
}
