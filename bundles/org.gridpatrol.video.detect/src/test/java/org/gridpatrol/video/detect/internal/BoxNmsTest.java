package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.junit.jupiter.api.Test;

class BoxNmsTest {

    private static Detection d(double x, double y, double w, double h, double score) {
        return new Detection(new ImageBox(x, y, w, h), score);
    }

    @Test
    void keepsTheBestOfOverlappingBoxesAndSeparateOnes() {
        List<Detection> kept = BoxNms.suppress(List.of(d(0, 0, 10, 20, 0.6), d(1, 1, 10, 20, 0.9),
                d(30, 0, 10, 20, 0.5)), 0.45, 1.0);

        assertThat(kept).extracting(Detection::score).containsExactly(0.9, 0.5);
    }

    @Test
    void dropsABoxLyingInsideAKeptOneOnlyWhenContainmentIsLimited() {
        List<Detection> boxes = List.of(d(0, 0, 20, 40, 0.9), d(2, 2, 10, 15, 0.8));

        assertThat(BoxNms.suppress(boxes, 0.45, 1.0)).hasSize(2); // IoU is small
        assertThat(BoxNms.suppress(boxes, 0.45, 0.7)).hasSize(1);
    }

    @Test
    void touchingBoxesDoNotOverlap() {
        assertThat(BoxNms.iou(new ImageBox(0, 0, 10, 10), new ImageBox(10, 0, 10, 10))).isZero();
        assertThat(BoxNms.iou(new ImageBox(0, 0, 10, 10), new ImageBox(5, 0, 10, 10))).isCloseTo(1 / 3.0,
                within(1e-9));
    }
}
