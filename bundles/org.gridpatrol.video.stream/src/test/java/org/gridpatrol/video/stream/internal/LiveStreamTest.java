package org.gridpatrol.video.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** vtest.avi served live by Debian's ffmpeg as UDP MPEG-TS: online, offline when killed, back on its own. */
class LiveStreamTest {

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

    @Test
    void droppedStreamGoesOfflineWithReasonAndRecoversOnItsOwn() throws Exception {
        Path vtest = TestVideo.vtest();
        Path binary = TestVideo.ffmpeg();
        int port = ChildProcesses.freeUdpPort();
        pipeline = new PipelineFixture(new HogPersonDetector());
        pipeline.registry.save(Cameras.fixed("live", "udp://@:" + port, List.of(Cameras.wholeImage(2))));

        serve(binary, vtest, port);
        pipeline.awaitState("live", CameraState.ONLINE, LIMIT);
        // the rate window (5 s) full of ONLINE time, so the printed rates are steady ones
        Waits.until(LIMIT, "6 s of frames", () -> {
            CameraHealth health = pipeline.health("live").orElseThrow();
            return health.lastFrameAt() != null && health.lastFrameAt().isAfter(health.since().plusSeconds(6));
        }, () -> pipeline.health("live"));
        CameraHealth online = pipeline.health("live").orElseThrow();
        System.err.printf("live UDP camera: decode %.1f fps, analysis %.1f fps, dropped %d%n", online.decodeFps(),
                online.analysisFps(), online.droppedFrames());

        ffmpeg = ChildProcesses.kill(ffmpeg);
        pipeline.awaitState("live", CameraState.OFFLINE, LIMIT);
        assertThat(pipeline.health("live").orElseThrow().reason()).isNotBlank().contains("udp://@:" + port);

        serve(binary, vtest, port);
        pipeline.awaitState("live", CameraState.ONLINE, LIMIT);
        assertThat(pipeline.health("live").orElseThrow().reason()).isNull();
    }

    private void serve(Path binary, Path video, int port) throws IOException {
        ffmpeg = ChildProcesses.start(List.of(binary.toString(), "-nostdin", "-loglevel", "error", "-re", "-stream_loop",
                "-1", "-i", video.toString(), "-c:v", "mpeg2video", "-q:v", "5", "-f", "mpegts",
                "udp://127.0.0.1:" + port + "?pkt_size=1316"));
    }
}
