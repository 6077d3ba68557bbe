package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoFrame;
import org.junit.jupiter.api.Test;

/** Synthetic scenes: a noisy static background, then dark "people" whose size follows the perspective. */
class DensityEstimatorTest {

    private static final int W = 320;
    private static final int H = 240;
    /** Box area 500 + 12 × foot row; solid people (fill 1), 2.5 times taller than wide. */
    private static final PerspectiveModel MODEL = new PerspectiveModel(500, 12, 1.0, 100);

    @Test
    void countsPeopleOfPerspectiveSizeAfterLearningTheBackground() {
        try (DensityEstimator estimator = new DensityEstimator(W, H, null, MODEL)) {
            learnBackground(estimator);
            estimator.apply(scene(new int[][] {{60, 140}, {200, 200}}));
            assertThat(estimator.estimate()).isCloseTo(2.0, within(0.5));
            estimator.apply(scene(new int[][] {{40, 130}, {120, 160}, {200, 200}, {260, 220}}));
            assertThat(estimator.estimate()).isCloseTo(4.0, within(1.0));
        }
    }

    @Test
    void emptySceneCountsNobodyAndZoneLimitsTheCount() {
        List<ImagePoint> leftHalf = List.of(new ImagePoint(0, 0), new ImagePoint(160, 0), new ImagePoint(160, 240),
                new ImagePoint(0, 240));
        try (DensityEstimator whole = new DensityEstimator(W, H, null, MODEL);
                DensityEstimator left = new DensityEstimator(W, H, leftHalf, MODEL)) {
            learnBackground(whole);
            learnBackground(left);
            assertThat(whole.estimate()).isLessThan(0.2);
            VideoFrame two = scene(new int[][] {{60, 140}, {240, 200}});
            whole.apply(two);
            left.apply(two);
            assertThat(left.estimate()).isCloseTo(1.0, within(0.25));
            assertThat(whole.estimate()).isGreaterThan(left.estimate() + 0.6);
            assertThat(left.foregroundShare(person(60, 140))).isGreaterThan(0.8);
        }
    }

    private static void learnBackground(DensityEstimator estimator) {
        for (int i = 0; i < 60; i++) {
            estimator.apply(scene(new int[0][]));
        }
    }

    private static ImageBox person(int centreX, int footRow) {
        double h = Math.sqrt(2.5 * MODEL.boxArea(footRow));
        double w = MODEL.boxArea(footRow) / h;
        return new ImageBox(centreX - w / 2, footRow - h, w, h);
    }

    /** Background 150 ± 3 grey noise; people are near-black rectangles. */
    private static VideoFrame scene(int[][] people) {
        Random noise = new Random(people.length);
        byte[] bgr = new byte[W * H * 3];
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) (150 + noise.nextInt(7) - 3);
        }
        for (int[] p : people) {
            ImageBox box = person(p[0], p[1]);
            for (int y = (int) box.y(); y < box.y() + box.height() && y < H; y++) {
                for (int x = (int) box.x(); x < box.x() + box.width() && x < W; x++) {
                    int at = (y * W + x) * 3;
                    bgr[at] = 20;
                    bgr[at + 1] = 25;
                    bgr[at + 2] = 30;
                }
            }
        }
        return new VideoFrame(W, H, bgr, 0, Instant.EPOCH);
    }
}
