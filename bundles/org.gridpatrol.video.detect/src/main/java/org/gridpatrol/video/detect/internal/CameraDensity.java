package org.gridpatrol.video.detect.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.api.ZoneDensity;

/**
 * One camera's density estimate: one background model for the whole frame, a mask per zone, and a
 * perspective model calibrated from the camera's own detections. Answers nothing until calibrated.
 * Calls are serialised, so the camera may close it from another thread than the one that updated it;
 * an update after close answers nothing.
 */
final class CameraDensity implements ZoneDensity {

    private final int width;
    private final int height;
    private final Map<String, byte[]> zoneMasks = new LinkedHashMap<>();
    private final DensityCalibration calibration;
    private final Consumer<CameraDensity> onClose;
    private DensityEstimator estimator;
    private PerspectiveModel applied;

    CameraDensity(int width, int height, List<Zone> zones, DensitySettings settings,
            Consumer<CameraDensity> onClose) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        for (Zone zone : zones) {
            zoneMasks.put(zone.id(), DensityEstimator.zoneMask(width, height, zone.polygon()));
        }
        this.calibration = new DensityCalibration(settings);
        this.onClose = onClose;
        this.estimator = new DensityEstimator(width, height, null, null);
    }

    @Override
    public synchronized Map<String, Double> update(VideoFrame frame, List<Detection> detections) {
        if (estimator == null) {
            return Map.of();
        }
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height()
                    + ", density estimator was opened for " + width + "x" + height);
        }
        estimator.apply(frame);
        calibration.offer(detections, estimator);
        PerspectiveModel model = calibration.model().orElse(null);
        if (model == null) {
            return Map.of();
        }
        if (model != applied) {
            estimator.calibrate(model);
            applied = model;
        }
        Map<String, Double> people = new LinkedHashMap<>();
        zoneMasks.forEach((zone, mask) -> people.put(zone, estimator.estimate(mask)));
        return people;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (estimator == null) {
                return;
            }
            estimator.close();
            estimator = null;
        }
        onClose.accept(this);
    }
}
