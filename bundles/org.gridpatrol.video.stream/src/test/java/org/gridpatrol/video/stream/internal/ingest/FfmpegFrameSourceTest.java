package org.gridpatrol.video.stream.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.stream.internal.TestVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegFrameSourceTest {

    private static final SourceTimeouts TIMEOUTS = new SourceTimeouts(1, "tcp");

    @Test
    void decodesVtestAsPackedBgrAtItsSize() throws Exception {
        try (FrameSource source = FfmpegFrameSource.open(StreamAddress.parse(TestVideo.vtest().toString(), "f"), TIMEOUTS)) {
            assertThat(source.frameRate()).isEqualTo(10.0);
            source.advance();
            source.advance();
            VideoFrame frame = source.copyCurrent();
            assertThat(frame.width()).isEqualTo(768);
            assertThat(frame.height()).isEqualTo(576);
            assertThat(frame.bgr()).hasSize(768 * 576 * 3);
            assertThat(frame.index()).isEqualTo(1);
            assertThat(distinctValues(frame.bgr())).as("a real picture, not a blank buffer").isGreaterThan(50);
        }
    }

    @Test
    void loopsAShortFileForever(@TempDir Path temp) throws Exception {
        Path clip = temp.resolve("clip.avi");
        Process make = new ProcessBuilder(TestVideo.ffmpeg().toString(), "-nostdin", "-loglevel", "error", "-f", "lavfi",
                "-i", "testsrc=size=160x120:rate=10", "-t", "1", "-c:v", "mpeg4", clip.toString())
                .redirectErrorStream(true).start();
        assertThat(make.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(make.exitValue()).isZero();
        try (FrameSource source = FfmpegFrameSource.open(StreamAddress.parse(clip.toString(), "f"), TIMEOUTS)) {
            for (int i = 0; i < 25; i++) {
                source.advance();
            }
            VideoFrame frame = source.copyCurrent();
            assertThat(frame.index()).as("25 frames read from a 10-frame file").isEqualTo(24);
            assertThat(frame.width()).isEqualTo(160);
        }
    }

    @Test
    void corruptAndMissingFilesGiveAClearReason(@TempDir Path temp) throws Exception {
        Path corrupt = temp.resolve("broken.avi");
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        Files.write(corrupt, noise);
        assertThatThrownBy(() -> FfmpegFrameSource.open(StreamAddress.parse(corrupt.toString(), "f"), TIMEOUTS))
                .isInstanceOf(SourceException.class).hasMessageContaining("cannot open").hasMessageContaining("broken.avi");
        Path missing = temp.resolve("missing.avi");
        assertThatThrownBy(() -> FfmpegFrameSource.open(StreamAddress.parse(missing.toString(), "f"), TIMEOUTS))
                .isInstanceOf(SourceException.class).hasMessageContaining("missing.avi");
    }

    @Test
    void silentUdpPortTimesOutInsteadOfHanging() throws Exception {
        int port;
        try (DatagramSocket socket = new DatagramSocket(0)) {
            port = socket.getLocalPort();
        }
        StreamAddress address = StreamAddress.parse("udp://@:" + port, "f");
        assertThatThrownBy(() -> FfmpegFrameSource.open(address, TIMEOUTS)).isInstanceOf(SourceException.class)
                .hasMessageContaining("udp://@:" + port);
    }

    private static long distinctValues(byte[] bytes) {
        boolean[] seen = new boolean[256];
        long count = 0;
        for (byte value : bytes) {
            if (!seen[value & 0xff]) {
                seen[value & 0xff] = true;
                count++;
            }
        }
        return count;
    }
}
