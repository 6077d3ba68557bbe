package org.gridpatrol.video.detect.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import org.gridpatrol.video.api.Detection;

/**
 * Fits one camera's {@link PerspectiveModel} from its own confident detections as they come: each is a
 * sample (foot row, box area, foreground share of the box). Only the most recent samples are kept, so
 * the model follows a camera whose view was changed; it is refitted after every {@code refitEvery} new
 * samples. Not thread-safe.
 */
final class DensityCalibration {

    private final DensitySettings settings;
    private final ArrayDeque<PerspectiveModel.Sample> samples = new ArrayDeque<>();
    private int framesSeen;
    private int sinceFit;
    private PerspectiveModel model;

    DensityCalibration(DensitySettings settings) {
        this.settings = settings;
    }

    /**
     * Takes the confident detections of a frame just applied to {@code estimator} (whose foreground
     * mask is that frame's); the first frames are skipped while the background is still being learnt.
     */
    void offer(List<Detection> detections, DensityEstimator estimator) {
        framesSeen++;
        if (framesSeen <= settings.warmupFrames()) {
            return;
        }
        for (Detection detection : detections) {
            if (detection.score() >= settings.calibrationScore() && detection.box().area() > 0) {
                if (samples.size() == settings.maxSamples()) {
                    samples.removeFirst();
                }
                samples.addLast(new PerspectiveModel.Sample(detection.box().footPoint().y(), detection.box().area(),
                        estimator.foregroundShare(detection.box())));
                sinceFit++;
            }
        }
        if (sinceFit > 0 && (model == null || sinceFit >= settings.refitEvery())) {
            refit();
        }
    }

    /** The current model; empty until enough detections spread over enough rows were seen. */
    Optional<PerspectiveModel> model() {
        return Optional.ofNullable(model);
    }

    private void refit() {
        try {
            model = PerspectiveModel.fit(List.copyOf(samples));
            sinceFit = 0;
        } catch (IllegalArgumentException notYet) {
            // too few samples, or all on nearly the same rows: keep the previous model and wait for more
        }
    }
}
