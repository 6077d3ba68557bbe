package org.gridpatrol.video.stream.internal.worker;

import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.PersonDetector;

/**
 * A registered camera as the supervisor holds it: its health, and its worker when it runs (a
 * disabled or misconfigured camera has none).
 */
public final class CameraSlot {

    private final Camera camera;
    private final String detectorName;
    private final HealthTracker health;
    private final CameraWorker worker;

    CameraSlot(Camera camera, String detectorName, HealthTracker health, CameraWorker worker) {
        this.camera = camera;
        this.detectorName = detectorName;
        this.health = health;
        this.worker = worker;
    }

    public Camera camera() {
        return camera;
    }

    public CameraHealth health() {
        return health.snapshot();
    }

    /** Whether a detector registered under {@code name} would let this camera run (it waits for one). */
    public boolean waitsForDetector(String name) {
        return worker == null && camera.enabled() && detectorName.equals(name);
    }

    /** Whether this camera's worker uses {@code detector}. */
    public boolean uses(PersonDetector detector) {
        return worker != null && worker.detector() == detector;
    }

    public void stop() {
        requestStop();
        awaitStopped();
    }

    public void requestStop() {
        if (worker != null) {
            worker.requestStop();
        }
    }

    public void awaitStopped() {
        if (worker != null) {
            worker.awaitStopped();
        }
    }
}
