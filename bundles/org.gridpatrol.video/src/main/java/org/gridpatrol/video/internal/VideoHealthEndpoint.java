package org.gridpatrol.video.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code GET /api/v1/video/health}: every camera worker's health; an empty list while no stream bundle runs. */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/video/health")
public class VideoHealthEndpoint implements ApiEndpoint {

    private final AtomicReference<CameraMonitor> monitor = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMonitor(CameraMonitor replacement) {
        monitor.set(replacement);
    }

    void unbindMonitor(CameraMonitor gone) {
        monitor.compareAndSet(gone, null);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            throw Endpoints.methodNotAllowed(request, "GET");
        }
        CameraMonitor current = monitor.get();
        List<Object> health = current == null ? List.of()
                : current.health().stream().map(Views::health).map(Object.class::cast).toList();
        return ApiResponse.ok(health);
    }
}
