package org.gridpatrol.video.internal;

import java.util.List;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The camera register over HTTP: {@code GET/POST /api/v1/cameras} (every camera with health and
 * footprint; register one) and {@code GET/PUT/DELETE /api/v1/cameras/{code}}. Changes need the admin
 * role. ({@code /api/v1/cameras/import} is its own exact-path endpoint, which the router prefers.)
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/cameras/*")
public class CamerasEndpoint implements ApiEndpoint {

    private final CameraCatalog cameras;
    private final CameraJson json = new CameraJson();
    private final CameraPresenter presenter = new CameraPresenter();

    @Activate
    public CamerasEndpoint(@Reference CameraCatalog cameras) {
        this.cameras = cameras;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMonitor(CameraMonitor monitor) {
        presenter.bind(monitor);
    }

    void unbindMonitor(CameraMonitor monitor) {
        presenter.unbind(monitor);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (request.subPath().isEmpty()) {
            return collection(request);
        }
        List<String> segments = Endpoints.segments(request.subPath());
        if (segments.size() != 1 || segments.get(0).isBlank()) {
            throw ApiException.notFound("path", "no camera resource at /api/v1/cameras" + request.subPath());
        }
        return camera(request, segments.get(0));
    }

    private ApiResponse collection(ApiRequest request) {
        switch (request.method()) {
            case "GET":
                boolean showSecrets = request.hasRole(Endpoints.ADMIN);
                return ApiResponse.ok(cameras.list().stream().map(camera -> presenter.view(camera, showSecrets)).toList());
            case "POST":
                Endpoints.requireRole(request, Endpoints.ADMIN);
                Camera camera = json.parse(request.body(), null);
                if (cameras.find(camera.code()).isPresent()) {
                    throw new ApiException(409, "code", "camera '" + camera.code() + "' exists; PUT /api/v1/cameras/"
                            + camera.code() + " changes it");
                }
                return Endpoints.created("/api/v1/cameras/" + camera.code(), save(camera));
            default:
                throw Endpoints.methodNotAllowed(request, "GET or POST");
        }
    }

    private ApiResponse camera(ApiRequest request, String code) {
        switch (request.method()) {
            case "GET":
                return ApiResponse.ok(presenter.view(existing(code), request.hasRole(Endpoints.ADMIN)));
            case "PUT":
                Endpoints.requireRole(request, Endpoints.ADMIN);
                existing(code);
                return ApiResponse.ok(save(json.parse(request.body(), code)));
            case "DELETE":
                Endpoints.requireRole(request, Endpoints.ADMIN);
                if (!cameras.delete(code)) {
                    throw notFound(code);
                }
                return Endpoints.noContent();
            default:
                throw Endpoints.methodNotAllowed(request, "GET, PUT or DELETE");
        }
    }

    private Object save(Camera camera) {
        try {
            return presenter.view(cameras.save(camera), true);
        } catch (VideoInputException refused) {
            throw Endpoints.badInput(refused);
        }
    }

    private Camera existing(String code) {
        return cameras.find(code).orElseThrow(() -> notFound(code));
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("code", "no camera with code '" + code + "'");
    }
}
