package org.gridpatrol.video.internal;

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

/** {@code GET /api/v1/cameras}: every camera with health and footprint; {@code POST}: register one (admin). */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/cameras")
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
        switch (request.method()) {
            case "GET":
                boolean showSecrets = request.hasRole(Endpoints.ADMIN);
                return ApiResponse.ok(cameras.list().stream().map(camera -> presenter.view(camera, showSecrets)).toList());
            case "POST":
                return create(request);
            default:
                throw Endpoints.methodNotAllowed(request, "GET or POST");
        }
    }

    private ApiResponse create(ApiRequest request) {
        Endpoints.requireRole(request, Endpoints.ADMIN);
        Camera camera = json.parse(request.body(), null);
        if (cameras.find(camera.code()).isPresent()) {
            throw new ApiException(409, "code", "camera '" + camera.code() + "' exists; PUT /api/v1/cameras/"
                    + camera.code() + " changes it");
        }
        try {
            Camera saved = cameras.save(camera);
            return Endpoints.created("/api/v1/cameras/" + saved.code(), presenter.view(saved, true));
        } catch (VideoInputException refused) {
            throw Endpoints.badInput(refused);
        }
    }
}
