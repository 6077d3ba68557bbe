package org.gridpatrol.video.detect.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;

/**
 * Counts people in chosen frames of a video file: with a detector (the number of boxes), or with the
 * density estimate (whole frame), calibrated from the detector's confident boxes on the same video.
 */
public final class FrameCounter {

    /** Boxes at least this confident calibrate the density model. */
    private static final double CALIBRATION_SCORE = 0.75;
    private static final int CALIBRATION_STEP = 5;
    private static final int CALIBRATION_WARMUP = 20;

    private FrameCounter() {
    }

    /** frame → number of detections; frames past the end are absent. */
    public static Map<Long, Integer> countDetections(File video, List<Long> frames, PersonDetector detector)
            throws IOException {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        try (VideoFileFrames source = new VideoFileFrames(video)) {
            for (long index : frames) {
                VideoFrame frame = source.frameAt(index);
                if (frame == null) {
                    break;
                }
                counts.put(index, detector.detect(frame).size());
            }
        }
        return counts;
    }

    /**
     * frame → rounded density estimate. The estimator sees every frame up to the last one asked
     * (it learns the background); the perspective model is fitted first from the detector's confident
     * boxes on every 5th of the first {@code calibrationFrames} frames.
     */
    public static Map<Long, Integer> countDensity(File video, List<Long> frames, PersonDetector detector,
            int calibrationFrames) throws IOException {
        PerspectiveModel model = calibrate(video, detector, calibrationFrames);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        long last = frames.get(frames.size() - 1);
        try (VideoFileFrames source = new VideoFileFrames(video)) {
            DensityEstimator estimator = null;
            try {
                for (VideoFrame frame = source.next(); frame != null && frame.index() <= last; frame = source.next()) {
                    if (estimator == null) {
                        estimator = new DensityEstimator(frame.width(), frame.height(), null, model);
                    }
                    estimator.apply(frame);
                    if (frames.contains(frame.index())) {
                        counts.put(frame.index(), (int) Math.round(estimator.estimate()));
                    }
                }
            } finally {
                if (estimator != null) {
                    estimator.close();
                }
            }
        }
        return counts;
    }

    static PerspectiveModel calibrate(File video, PersonDetector detector, int calibrationFrames) throws IOException {
        List<PerspectiveModel.Sample> samples = new ArrayList<>();
        try (VideoFileFrames source = new VideoFileFrames(video)) {
            DensityEstimator estimator = null;
            try {
                for (VideoFrame frame = source.next(); frame != null && frame.index() < calibrationFrames;
                        frame = source.next()) {
                    if (estimator == null) {
                        estimator = new DensityEstimator(frame.width(), frame.height(), null, null);
                    }
                    estimator.apply(frame);
                    if (frame.index() >= CALIBRATION_WARMUP && frame.index() % CALIBRATION_STEP == 0) {
                        for (Detection d : detector.detect(frame)) {
                            if (d.score() >= CALIBRATION_SCORE) {
                                samples.add(new PerspectiveModel.Sample(d.box().footPoint().y(), d.box().area(),
                                        estimator.foregroundShare(d.box())));
                            }
                        }
                    }
                }
            } finally {
                if (estimator != null) {
                    estimator.close();
                }
            }
        }
        return PerspectiveModel.fit(samples);
    }
}
