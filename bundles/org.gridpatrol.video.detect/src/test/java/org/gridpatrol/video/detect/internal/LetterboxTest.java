package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gridpatrol.video.api.ImageBox;
import org.junit.jupiter.api.Test;

class LetterboxTest {

    @Test
    void wideFrameIsPaddedAboveAndBelow() {
        Letterbox box = Letterbox.fit(768, 576, 640);

        assertThat(box.scale()).isCloseTo(640 / 768.0, within(1e-9));
        assertThat(box.scaledWidth()).isEqualTo(640);
        assertThat(box.scaledHeight()).isEqualTo(480);
        assertThat(box.padX()).isZero();
        assertThat(box.padY()).isEqualTo(80);
    }

    @Test
    void tallFrameIsPaddedLeftAndRight() {
        Letterbox box = Letterbox.fit(100, 200, 64);

        assertThat(box.scaledWidth()).isEqualTo(32);
        assertThat(box.padX()).isEqualTo(16);
        assertThat(box.padY()).isZero();
    }

    @Test
    void mapsBoxesBackAndClipsThemToTheFrame() {
        Letterbox box = Letterbox.fit(768, 576, 640);

        ImageBox inside = box.toFrame(new ImageBox(100, 180, 50, 100));
        assertThat(inside.x()).isCloseTo(120, within(1e-9));
        assertThat(inside.y()).isCloseTo(120, within(1e-9));
        assertThat(inside.width()).isCloseTo(60, within(1e-9));
        assertThat(inside.height()).isCloseTo(120, within(1e-9));

        ImageBox inPadding = box.toFrame(new ImageBox(-10, 40, 30, 60)); // starts left of and above the image
        assertThat(inPadding.x()).isZero();
        assertThat(inPadding.y()).isZero();
        assertThat(inPadding.height()).isCloseTo(24, within(1e-9));
    }
}
