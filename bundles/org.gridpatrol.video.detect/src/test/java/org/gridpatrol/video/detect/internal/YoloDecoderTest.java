package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.junit.jupiter.api.Test;

class YoloDecoderTest {

    /** [1, 6, 3]: 2 classes (person, bicycle), 3 candidates, channels first. */
    @Test
    void decodesV8ChannelsFirstKeepingOnlyConfidentPeople() {
        float[] out = {
            10, 50, 90,      // cx
            20, 60, 100,     // cy
            4, 8, 12,        // w
            6, 10, 14,       // h
            0.9f, 0.2f, 0.6f, // person
            0.1f, 0.1f, 0.8f, // bicycle
        };
        List<Detection> people = YoloDecoder.decode(out, new int[] {1, 6, 3}, YoloDecoder.Layout.V8, 0, 0.5);

        assertThat(people).hasSize(1); // 2nd is too weak, 3rd is more bicycle than person
        assertThat(people.get(0).score()).isCloseTo(0.9, within(1e-6));
        assertThat(people.get(0).box().x()).isCloseTo(8, within(1e-6));
        assertThat(people.get(0).box().y()).isCloseTo(17, within(1e-6));
        assertThat(people.get(0).box().width()).isCloseTo(4, within(1e-6));
        assertThat(people.get(0).box().height()).isCloseTo(6, within(1e-6));
    }

    /** [1, 2, 7]: 2 candidates, rows of cx, cy, w, h, objectness, person, car; score = obj × class. */
    @Test
    void decodesV5RowsWithObjectness() {
        float[] out = {
            100, 100, 20, 40, 0.8f, 0.9f, 0.1f,
            200, 50, 10, 10, 0.4f, 0.9f, 0.0f,
        };
        List<Detection> people = YoloDecoder.decode(out, new int[] {1, 2, 7}, YoloDecoder.Layout.V5, 0, 0.5);

        assertThat(people).singleElement().satisfies(d -> {
            assertThat(d.score()).isCloseTo(0.72, within(1e-6));
            assertThat(d.box().x()).isCloseTo(90, within(1e-6));
            assertThat(d.box().height()).isCloseTo(40, within(1e-6));
        });
    }

    @Test
    void autoLayoutTellsV8FromV5ByTheShorterDimension() {
        float[] v8 = new float[6 * 10];
        v8[4 * 10 + 3] = 0.9f; // candidate 3 is a person
        float[] v5 = new float[10 * 7];
        v5[3 * 7 + 4] = 1f;
        v5[3 * 7 + 5] = 0.9f;

        assertThat(YoloDecoder.decode(v8, new int[] {1, 6, 10}, YoloDecoder.Layout.AUTO, 0, 0.5)).hasSize(1);
        assertThat(YoloDecoder.decode(v5, new int[] {1, 10, 7}, YoloDecoder.Layout.AUTO, 0, 0.5)).hasSize(1);
    }

    @Test
    void rejectsShapesThatCannotBeAYoloHead() {
        assertThatThrownBy(() -> YoloDecoder.decode(new float[8], new int[] {1, 2, 2, 2}, YoloDecoder.Layout.V8, 0,
                0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YoloDecoder.decode(new float[5], new int[] {1, 2, 3}, YoloDecoder.Layout.V8, 0, 0.5))
                .hasMessageContaining("values");
        assertThatThrownBy(() -> YoloDecoder.decode(new float[12], new int[] {1, 4, 3}, YoloDecoder.Layout.V8, 0,
                0.5)).hasMessageContaining("person class");
        assertThatThrownBy(() -> YoloDecoder.decode(new float[18], new int[] {1, 6, 3}, YoloDecoder.Layout.V8, 5,
                0.5)).hasMessageContaining("person class 5");
    }
}
