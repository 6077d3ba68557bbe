package org.gridpatrol.video.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.VideoFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * vtest.avi served live over HTTP by Debian's ffmpeg (its one-client HTTP server, {@code -listen 1})
 * as MPEG-TS, FLV and multipart MJPEG: the camera comes online and decodes, goes offline when the
 * server is killed and comes back on its own when it is restarted.
 */
class HttpLiveStreamTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private Process ffmpeg;
    private PipelineFixture pipeline;

    @AfterEach
    void stop() throws InterruptedException {
        if (pipeline != null) {
            pipeline.close();
        }
        ffmpeg = ChildProcesses.kill(ffmpeg);
    }

    @ParameterizedTest(name = "{1} over HTTP")
    @CsvSource({"mpeg2video, mpegts, ts", "flv1, flv, flv", "mjpeg, mpjpeg, mjpg"})
    void httpStreamGoesOnlineOfflineWhenKilledAndOnlineWhenRestarted(String codec, String format, String extension)
            throws Exception {
        Path vtest = TestVideo.vtest();
        Path binary = TestVideo.ffmpeg();
        int port = ChildProcesses.freeTcpPort();
        String url = "http://127.0.0.1:" + port + "/live." + extension;
        List<String> command = List.of(binary.toString(), "-nostdin", "-loglevel", "error", "-re", "-stream_loop", "-1",
                "-i", vtest.toString(), "-an", "-c:v", codec, "-q:v", "5", "-f", format, "-listen", "1", url);
        pipeline = new PipelineFixture(new HogPersonDetector());

        ffmpeg = ChildProcesses.start(command);
        pipeline.registry.save(Cameras.fixed("http", url, List.of(Cameras.wholeImage(2))));
        pipeline.awaitState("http", CameraState.ONLINE, LIMIT);
        awaitAnalysedFrameAfter(Instant.now());

        ffmpeg = ChildProcesses.kill(ffmpeg);
        pipeline.awaitState("http", CameraState.OFFLINE, LIMIT);
        assertThat(pipeline.health("http").orElseThrow().reason()).contains(url);

        ffmpeg = ChildProcesses.start(command);
        pipeline.awaitState("http", CameraState.ONLINE, LIMIT);
        assertThat(pipeline.health("http").orElseThrow().reason()).isNull();
        awaitAnalysedFrameAfter(Instant.now());
    }

    /** A frame decoded from the stream after {@code after} reached analysis: the full image, not just a connection. */
    private void awaitAnalysedFrameAfter(Instant after) {
        Waits.until(LIMIT, "an analysed frame after " + after, () -> pipeline.hub.latest("http")
                .map(live -> live.analysed().frame().capturedAt().isAfter(after)).orElse(false),
                () -> pipeline.health("http"));
        VideoFrame frame = pipeline.hub.latest("http").orElseThrow().analysed().frame();
        assertThat(frame.width()).isEqualTo(768);
        assertThat(frame.height()).isEqualTo(576);
        assertThat(frame.bgr()).hasSize(768 * 576 * 3);
    }
}
