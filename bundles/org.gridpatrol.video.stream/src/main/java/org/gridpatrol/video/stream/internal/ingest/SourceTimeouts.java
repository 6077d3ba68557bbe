package org.gridpatrol.video.stream.internal.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FFmpeg options that bound every blocking network call, in microseconds as FFmpeg wants them:
 * {@code timeout} (socket I/O for RTSP/HTTP/RTMP, "no data" for UDP; FFmpeg 5+ renamed RTSP's
 * {@code stimeout} to it) and {@code rw_timeout} (any protocol read/write, also HLS segments).
 */
public record SourceTimeouts(double readTimeoutSeconds, String defaultRtspTransport) {

    public Map<String, String> ffmpegOptions(StreamAddress address) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!address.kind().isNetwork()) {
            return options;
        }
        String micros = Long.toString((long) (readTimeoutSeconds * 1_000_000));
        options.put("rw_timeout", micros);
        options.put("timeout", micros);
        switch (address.kind()) {
            case RTSP -> options.put("rtsp_transport", address.rtspTransport().orElse(defaultRtspTransport));
            // A slow reader loses packets rather than failing the stream.
            case UDP -> options.put("overrun_nonfatal", "1");
            case HTTP -> options.put("reconnect", "0");
            default -> {
            }
        }
        return options;
    }
}
