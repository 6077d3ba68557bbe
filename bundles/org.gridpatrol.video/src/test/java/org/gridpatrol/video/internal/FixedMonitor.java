package org.gridpatrol.video.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraMonitor;

/** A camera monitor with set answers, standing in for the stream bundle; counts frame requests. */
final class FixedMonitor implements CameraMonitor {

    private final Map<String, CameraHealth> health;
    private final Map<String, byte[]> frames;
    int frameRequests;

    FixedMonitor(Map<String, CameraHealth> health, Map<String, byte[]> frames) {
        this.health = health;
        this.frames = frames;
    }

    @Override
    public List<CameraHealth> health() {
        return List.copyOf(health.values());
    }

    @Override
    public Optional<CameraHealth> health(String cameraCode) {
        return Optional.ofNullable(health.get(cameraCode));
    }

    @Override
    public Optional<byte[]> latestJpeg(String cameraCode, boolean overlays) {
        frameRequests++;
        return Optional.ofNullable(frames.get(cameraCode));
    }
}
