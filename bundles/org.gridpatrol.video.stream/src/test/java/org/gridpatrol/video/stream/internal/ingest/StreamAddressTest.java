package org.gridpatrol.video.stream.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridpatrol.video.api.VideoInputException;
import org.junit.jupiter.api.Test;

class StreamAddressTest {

    @Test
    void readsEverySupportedKind() throws VideoInputException {
        assertThat(StreamAddress.parse("/data/demo.avi", "f").kind()).isEqualTo(StreamAddress.Kind.FILE);
        StreamAddress fileUrl = StreamAddress.parse("file:///data/demo%20clip.avi", "f");
        assertThat(fileUrl.input()).isEqualTo("/data/demo clip.avi");
        assertThat(StreamAddress.parse("http://10.0.0.5/mjpg/video.mjpg", "f").kind()).isEqualTo(StreamAddress.Kind.HTTP);
        assertThat(StreamAddress.parse("https://cdn.example/live/index.m3u8", "f").kind())
                .isEqualTo(StreamAddress.Kind.HTTP);
        assertThat(StreamAddress.parse("rtmp://10.0.0.5/live/cam", "f").kind()).isEqualTo(StreamAddress.Kind.RTMP);
        assertThat(StreamAddress.parse("udp://@:5000", "f").kind()).isEqualTo(StreamAddress.Kind.UDP);
        assertThat(StreamAddress.parse("udp://239.0.0.1:5000", "f").kind()).isEqualTo(StreamAddress.Kind.UDP);
    }

    @Test
    void takesRtspTransportOutOfTheUrl() throws VideoInputException {
        StreamAddress udp = StreamAddress.parse("rtsp://cam:554/Streaming/101?rtsp_transport=udp", "f");
        assertThat(udp.input()).isEqualTo("rtsp://cam:554/Streaming/101");
        assertThat(udp.rtspTransport()).contains("udp");
        StreamAddress middle = StreamAddress.parse("rtsp://cam/s?a=1&rtsp_transport=TCP&b=2", "f");
        assertThat(middle.input()).isEqualTo("rtsp://cam/s?a=1&b=2");
        assertThat(middle.rtspTransport()).contains("tcp");
        assertThat(StreamAddress.parse("rtsp://cam/s", "f").rtspTransport()).isEmpty();
    }

    @Test
    void masksCredentialsForDisplay() throws VideoInputException {
        assertThat(StreamAddress.parse("rtsp://admin:secret@cam:554/s", "f").display()).isEqualTo("rtsp://***@cam:554/s");
        assertThat(StreamAddress.parse("udp://@:5000", "f").display()).isEqualTo("udp://@:5000");
    }

    @Test
    void refusesMalformedUrlsNamingTheField() {
        assertRefused("", "is required");
        assertRefused("rtsp://:554/", "no host");
        assertRefused("rtsp://cam/s?rtsp_transport=sctp", "tcp or udp");
        assertRefused("http://exa mple/x", "malformed");
        assertRefused("udp://@5000", "udp://@:port");
        assertRefused("udp://@:70000", "1 to 65535");
        assertRefused("gopher://old/1", "unsupported stream scheme 'gopher'");
    }

    private static void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> StreamAddress.parse(url, "mainStreamUrl"))
                .isInstanceOfSatisfying(VideoInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("mainStreamUrl");
                    assertThat(refused.getMessage()).contains(reason);
                });
    }
}
