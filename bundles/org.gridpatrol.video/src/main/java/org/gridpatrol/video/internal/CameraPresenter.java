package org.gridpatrol.video.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraMonitor;

/**
 * Cameras as the API shows them: with health from the camera monitor when the stream bundle runs
 * (it may come and go) and the footprint on the map.
 */
final class CameraPresenter {

    private final AtomicReference<CameraMonitor> monitor = new AtomicReference<>();
    private final CameraFootprints footprints = new CameraFootprints();

    void bind(CameraMonitor replacement) {
        monitor.set(replacement);
    }

    void unbind(CameraMonitor gone) {
        monitor.compareAndSet(gone, null);
    }

    Optional<CameraMonitor> monitor() {
        return Optional.ofNullable(monitor.get());
    }

    Map<String, Object> view(Camera camera, boolean showSecrets) {
        CameraMonitor current = monitor.get();
        CameraHealth health = current == null ? null : current.health(camera.code()).orElse(null);
        return Views.camera(camera, health, footprints.of(camera, current), showSecrets);
    }
}
