package org.gridpatrol.video.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.video.api.CameraState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vtest.avi over RTSP (TCP interleaved): ffmpeg sends MPEG-TS over UDP to GStreamer's RTSP server
 * (Debian's gir1.2-gst-rtsp-server-1.0 driven by python3-gi), which the camera pulls like an IP
 * camera. Killing the server takes the camera offline; restarting it brings it back. Skipped when
 * the GStreamer RTSP server is not installed.
 */
class RtspLiveStreamTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private Process feeder;
    private Process server;
    private PipelineFixture pipeline;

    @AfterEach
    void stop() throws InterruptedException {
        if (pipeline != null) {
            pipeline.close();
        }
        server = ChildProcesses.kill(server);
        feeder = ChildProcesses.kill(feeder);
    }

    @Test
    void rtspCameraGoesOnlineOfflineWhenTheServerDiesAndOnlineWhenItIsBack(@TempDir Path temp) throws Exception {
        Path vtest = TestVideo.vtest();
        Path ffmpeg = TestVideo.ffmpeg();
        Path script = temp.resolve("rtsp-server.py");
        try (InputStream in = getClass().getResourceAsStream("/rtsp-server.py")) {
            Files.copy(in, script);
        }
        assumeGstreamerRtspServer();
        int rtspPort = ChildProcesses.freeTcpPort();
        int udpPort = ChildProcesses.freeUdpPort();
        List<String> serve = List.of(PYTHON.toString(), script.toString(), Integer.toString(rtspPort),
                Integer.toString(udpPort));
        feeder = ChildProcesses.start(List.of(ffmpeg.toString(), "-nostdin", "-loglevel", "error", "-re", "-stream_loop", "-1", "-i",
                vtest.toString(), "-an", "-c:v", "mpeg2video", "-q:v", "5", "-f", "mpegts",
                "udp://127.0.0.1:" + udpPort + "?pkt_size=1316"));
        server = ChildProcesses.start(serve);
        pipeline = new PipelineFixture(new HogPersonDetector());
        String url = "rtsp://127.0.0.1:" + rtspPort + "/live";
        pipeline.registry.save(Cameras.fixed("rtsp", url, List.of(Cameras.wholeImage(2))));

        pipeline.awaitState("rtsp", CameraState.ONLINE, LIMIT);
        awaitAnalysedFrameAfter(Instant.now());

        server = ChildProcesses.kill(server);
        pipeline.awaitState("rtsp", CameraState.OFFLINE, LIMIT);
        assertThat(pipeline.health("rtsp").orElseThrow().reason()).contains(url);

        server = ChildProcesses.start(serve);
        pipeline.awaitState("rtsp", CameraState.ONLINE, LIMIT);
        awaitAnalysedFrameAfter(Instant.now());
    }

    private void awaitAnalysedFrameAfter(Instant after) {
        Waits.until(LIMIT, "an analysed frame after " + after, () -> pipeline.hub.latest("rtsp")
                .map(live -> live.analysed().frame().capturedAt().isAfter(after)).orElse(false),
                () -> pipeline.health("rtsp"));
        assertThat(pipeline.hub.latest("rtsp").orElseThrow().analysed().frame().width()).isEqualTo(768);
    }

    /** Skipped with the reason when Debian's GStreamer RTSP server is missing; failed instead in CI (GRIDPATROL_REQUIRE_SERVICES). */
    private static void assumeGstreamerRtspServer() throws IOException, InterruptedException {
        boolean present = false;
        if (Files.isExecutable(PYTHON)) {
            Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import gi; gi.require_version('GstRtspServer',"
                    + " '1.0'); from gi.repository import GstRtspServer, Gst; Gst.init(None);"
                    + " assert Gst.ElementFactory.find('rtpmp2tpay') and Gst.ElementFactory.find('udpsrc')")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            present = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        if (!present) {
            String reason = "GStreamer RTSP server not installed (apt-get install --no-install-recommends"
                    + " gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-good python3-gi)";
            if ("true".equalsIgnoreCase(System.getenv("GRIDPATROL_REQUIRE_SERVICES"))) {
                throw new AssertionError(reason + " (GRIDPATROL_REQUIRE_SERVICES=true)");
            }
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
    }
}
