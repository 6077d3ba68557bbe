package org.gridpatrol.video.stream.internal.worker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridpatrol.video.api.CrowdDensity;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.api.ZoneDensity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's density estimator, when a {@link CrowdDensity} service is present: opened on the first
 * frame (its size is known only then), reopened when the service is replaced or the image size
 * changes, and fed every analysed frame. A failing estimator is closed and left alone until the
 * service or the image size changes; the camera's counts go on without it. Analysis thread only.
 */
final class DensityFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DensityFeed.class);

    private final String cameraCode;
    private final List<Zone> zones;
    private final Supplier<Optional<CrowdDensity>> service;
    private CrowdDensity openedFrom;
    private ZoneDensity density;
    private int width;
    private int height;

    DensityFeed(String cameraCode, List<Zone> zones, Supplier<Optional<CrowdDensity>> service) {
        this.cameraCode = cameraCode;
        this.zones = List.copyOf(zones);
        this.service = service;
    }

    /** People per zone id estimated on this frame; empty without a service or while it calibrates. */
    Map<String, Double> update(VideoFrame frame, List<Detection> detections) {
        if (zones.isEmpty()) {
            return Map.of();
        }
        CrowdDensity current = service.get().orElse(null);
        if (current != openedFrom || frame.width() != width || frame.height() != height) {
            close();
            openedFrom = current;
            width = frame.width();
            height = frame.height();
            if (current != null) {
                open(current);
            }
        }
        if (density == null) {
            return Map.of();
        }
        try {
            return density.update(frame, detections);
        } catch (RuntimeException failed) {
            LOG.warn("Camera {}: density estimate failed; counting without it", cameraCode, failed);
            close();
            return Map.of();
        }
    }

    private void open(CrowdDensity current) {
        try {
            density = current.open(width, height, zones);
            LOG.info("Camera {}: density estimate opened for {}x{}", cameraCode, width, height);
        } catch (RuntimeException failed) {
            LOG.warn("Camera {}: density estimate could not be opened", cameraCode, failed);
        }
    }

    @Override
    public void close() {
        if (density != null) {
            ZoneDensity closing = density;
            density = null;
            try {
                closing.close();
            } catch (RuntimeException failed) {
                LOG.warn("Camera {}: closing the density estimate failed", cameraCode, failed);
            }
        }
    }
}
