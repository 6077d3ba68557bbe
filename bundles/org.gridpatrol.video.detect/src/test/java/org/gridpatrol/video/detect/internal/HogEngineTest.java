package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tuned HOG on hand-labelled vtest.avi frames (labels in src/test/resources). */
class HogEngineTest {

    private static final int[] FRAMES = {90, 240, 390, 540, 690};
    private static final List<VideoFrame> frames = new ArrayList<>();
    private static Map<Integer, Integer> labels;

    @BeforeAll
    static void decode() throws IOException {
        Path video = TestVideos.vtestOrSkip();
        labels = TestVideos.handCounts();
        try (VideoFileFrames source = new VideoFileFrames(video.toFile())) {
            for (int index : FRAMES) {
                frames.add(source.frameAt(index));
            }
        }
    }

    @Test
    void tunedHogCountsLabelledFramesWithinOnePersonOnAverage() {
        try (HogEngine hog = new HogEngine(HogSettings.tuned())) {
            // measured 0.8 on these frames; OpenCV's defaults score 3.4
            assertThat(meanAbsoluteError(hog)).isLessThanOrEqualTo(1.4);
        }
    }

    @Test
    void tunedHogFindsMorePeopleThanOpenCvDefaults() {
        try (HogEngine tuned = new HogEngine(HogSettings.tuned());
                HogEngine defaults = new HogEngine(HogSettings.opencvDefaults())) {
            assertThat(meanAbsoluteError(tuned)).isLessThan(meanAbsoluteError(defaults) - 1);
        }
    }

    @Test
    void boxesLieInTheFrameWithScoresInZeroToOne() {
        try (HogEngine hog = new HogEngine(HogSettings.tuned())) {
            List<Detection> found = hog.detect(frames.get(1));
            assertThat(found).isNotEmpty().allSatisfy(d -> {
                assertThat(d.score()).isBetween(0.0, 1.0);
                assertThat(d.box().x()).isGreaterThanOrEqualTo(-16);
                assertThat(d.box().x() + d.box().width()).isLessThanOrEqualTo(768 + 16);
                assertThat(d.box().height()).isGreaterThan(d.box().width());
            });
        }
    }

    @Test
    void emptySceneHasNobody() {
        VideoFrame grey = new VideoFrame(320, 240, filled(320 * 240 * 3, (byte) 90), 0, Instant.EPOCH);
        try (HogEngine hog = new HogEngine(HogSettings.tuned())) {
            assertThat(hog.detect(grey)).isEmpty();
        }
    }

    private static double meanAbsoluteError(HogEngine hog) {
        double error = 0;
        for (VideoFrame frame : frames) {
            error += Math.abs(hog.detect(frame).size() - labels.get((int) frame.index()));
        }
        return error / frames.size();
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }
}
