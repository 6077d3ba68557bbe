package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegSizeTest {

    @Test
    void readsTheSizeFromTheFrameHeader() {
        assertThat(JpegSize.of(Jpegs.of(768, 576))).contains(new JpegSize(768, 576));
        assertThat(JpegSize.of(Jpegs.of(1, 1080))).contains(new JpegSize(1, 1080));
    }

    @Test
    void otherBytesHaveNoSize() {
        byte[] jpeg = Jpegs.of(64, 48);

        assertThat(JpegSize.of(null)).isEmpty();
        assertThat(JpegSize.of(new byte[0])).isEmpty();
        assertThat(JpegSize.of("GIF89a....".getBytes())).isEmpty();
        assertThat(JpegSize.of(Arrays.copyOf(jpeg, 20))).as("cut before the frame header").isEmpty();
        assertThat(JpegSize.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isEmpty();
    }
}
