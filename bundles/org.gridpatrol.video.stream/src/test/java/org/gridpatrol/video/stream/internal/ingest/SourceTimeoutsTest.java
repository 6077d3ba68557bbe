package org.gridpatrol.video.stream.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTimeoutsTest {

    private final SourceTimeouts timeouts = new SourceTimeouts(2.5, "tcp");

    @Test
    void boundsNetworkReadsInMicroseconds() throws Exception {
        assertThat(timeouts.ffmpegOptions(StreamAddress.parse("http://cam/video.mjpg", "f")))
                .containsEntry("rw_timeout", "2500000").containsEntry("timeout", "2500000");
        assertThat(timeouts.ffmpegOptions(StreamAddress.parse("udp://@:5000", "f"))).containsEntry("timeout", "2500000");
        assertThat(timeouts.ffmpegOptions(StreamAddress.parse("/tmp/demo.avi", "f"))).isEmpty();
    }

    @Test
    void rtspTransportFromTheUrlOrTheDefault() throws Exception {
        assertThat(timeouts.ffmpegOptions(StreamAddress.parse("rtsp://cam/s", "f"))).containsEntry("rtsp_transport", "tcp");
        assertThat(timeouts.ffmpegOptions(StreamAddress.parse("rtsp://cam/s?rtsp_transport=udp", "f")))
                .containsEntry("rtsp_transport", "udp");
    }
}
