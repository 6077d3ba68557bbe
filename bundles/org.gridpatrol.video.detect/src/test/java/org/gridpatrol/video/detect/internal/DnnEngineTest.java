package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads and runs a hand-written ONNX model through the real OpenCV DNN module. */
class DnnEngineTest {

    private static final int INPUT = 64;
    private static final int CLASSES = 80;
    private static final int CANDIDATES = 100;

    @TempDir
    Path dir;

    /** A YOLOv8 head [1, 84, 100]: two people, a weaker duplicate of the first, and a confident car. */
    private static float[] v8Head() {
        int channels = 4 + CLASSES;
        float[] head = new float[channels * CANDIDATES];
        setV8(head, 0, 20, 32, 8, 16, 0, 0.9f);
        setV8(head, 1, 44, 36, 10, 20, 0, 0.8f);
        setV8(head, 2, 21, 33, 8, 16, 0, 0.7f);   // overlaps candidate 0: suppressed
        setV8(head, 3, 40, 20, 12, 8, 2, 0.95f);  // a car, not a person
        setV8(head, 4, 10, 10, 4, 4, 0, 0.1f);    // below the confidence threshold
        return head;
    }

    private static void setV8(float[] head, int i, float cx, float cy, float w, float h, int cls, float score) {
        head[i] = cx;
        head[CANDIDATES + i] = cy;
        head[2 * CANDIDATES + i] = w;
        head[3 * CANDIDATES + i] = h;
        head[(4 + cls) * CANDIDATES + i] = score;
    }

    private Path writeModel() throws IOException {
        Path model = dir.resolve("head.onnx");
        Files.write(model, OnnxTestModel.constantHead(INPUT, new int[] {1, 4 + CLASSES, CANDIDATES}, v8Head()));
        return model;
    }

    @Test
    void runsTheModelAndMapsLetterboxedBoxesBackToTheFrame() throws IOException {
        DnnSettings settings = new DnnSettings(writeModel(), INPUT, 0.3, 0.45, 0, YoloDecoder.Layout.AUTO, 1);
        // 128x64 frame: scale 0.5 into 64x32, padded by 16 rows above and below.
        VideoFrame frame = new VideoFrame(128, 64, new byte[128 * 64 * 3], 0, Instant.EPOCH);
        try (DnnEngine engine = new DnnEngine(settings)) {
            List<Detection> people = engine.detect(frame).stream()
                    .sorted(Comparator.comparingDouble(Detection::score).reversed()).toList();

            assertThat(people).hasSize(2);
            Detection first = people.get(0);
            assertThat(first.score()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
            // input box (16, 24, 8, 16) → frame ((16-0)/0.5, (24-16)/0.5, 16, 32)
            assertThat(first.box().x()).isCloseTo(32, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(first.box().y()).isCloseTo(16, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(first.box().width()).isCloseTo(16, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(first.box().height()).isCloseTo(32, org.assertj.core.data.Offset.offset(1e-6));
            Detection second = people.get(1);
            // input box (39, 26, 10, 20) → frame (78, 20, 20, 40)
            assertThat(second.box().x()).isCloseTo(78, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(second.box().y()).isCloseTo(20, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(second.box().height()).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void missingModelIsAClearError() {
        DnnSettings settings = new DnnSettings(dir.resolve("absent.onnx"), INPUT, 0.3, 0.45, 0,
                YoloDecoder.Layout.AUTO, 1);
        assertThatThrownBy(() -> new DnnEngine(settings)).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void corruptModelIsAClearErrorNotACrash() throws IOException {
        Path model = dir.resolve("corrupt.onnx");
        byte[] good = OnnxTestModel.constantHead(INPUT, new int[] {1, 4 + CLASSES, CANDIDATES}, v8Head());
        Files.write(model, java.util.Arrays.copyOf(good, good.length / 3));
        DnnSettings settings = new DnnSettings(model, INPUT, 0.3, 0.45, 0, YoloDecoder.Layout.AUTO, 1);
        assertThatThrownBy(() -> new DnnEngine(settings)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot load ONNX model");
    }
}
