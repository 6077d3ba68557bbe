package org.gridpatrol.video.stream.internal.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.video.api.VideoInputException;

/**
 * A camera's stream URL checked and translated for FFmpeg: a local file (plain path or {@code file:}
 * URL, looped), RTSP ({@code rtsp_transport=tcp|udp} as a URL parameter, taken out of the URL),
 * HTTP(S) (MJPEG, FLV, HLS: FFmpeg probes the format), RTMP, or UDP MPEG-TS ({@code udp://@:port},
 * {@code udp://host:port}).
 */
public record StreamAddress(Kind kind, String input, Map<String, String> rtspOptions) {

    public enum Kind {
        FILE, RTSP, HTTP, RTMP, UDP;

        public boolean isNetwork() {
            return this != FILE;
        }
    }

    private static final Pattern UDP = Pattern.compile("udp://(@?)([^:/?@]*):(\\d{1,5})(\\?.*)?");
    private static final Pattern RTSP_TRANSPORT = Pattern.compile("([?&])rtsp_transport=([^&]*)&?");

    public StreamAddress {
        rtspOptions = Map.copyOf(rtspOptions);
    }

    /**
     * @param field the camera field the URL came from, named in the error
     * @throws VideoInputException when the URL is blank, malformed or of a scheme we do not read
     */
    public static StreamAddress parse(String url, String field) throws VideoInputException {
        if (url == null || url.isBlank()) {
            throw new VideoInputException(field, "is required");
        }
        String trimmed = url.trim();
        int colon = trimmed.indexOf(':');
        String scheme = colon > 1 ? trimmed.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case "", "file":
                return new StreamAddress(Kind.FILE, filePath(trimmed, field).toString(), Map.of());
            case "rtsp", "rtsps":
                return rtsp(trimmed, field);
            case "http", "https":
                return new StreamAddress(Kind.HTTP, checkedUri(trimmed, field).toString(), Map.of());
            case "rtmp", "rtmps":
                return new StreamAddress(Kind.RTMP, checkedUri(trimmed, field).toString(), Map.of());
            case "udp":
                return udp(trimmed, field);
            default:
                throw new VideoInputException(field, "unsupported stream scheme '" + scheme
                        + "': use a file path, file:, rtsp://, http(s)://, rtmp:// or udp://@:port");
        }
    }

    /** The input for logs and reasons: credentials in the URL are masked. */
    public String display() {
        return input.replaceFirst("//[^/@]+@", "//***@");
    }

    /** The RTSP transport asked for in the URL, if any. */
    public Optional<String> rtspTransport() {
        return Optional.ofNullable(rtspOptions.get("rtsp_transport"));
    }

    private static Path filePath(String url, String field) throws VideoInputException {
        try {
            return url.regionMatches(true, 0, "file:", 0, 5) ? Paths.get(new URI(url)) : Paths.get(url);
        } catch (URISyntaxException | IllegalArgumentException bad) {
            throw new VideoInputException(field, "malformed file location '" + url + "': " + bad.getMessage());
        }
    }

    private static StreamAddress rtsp(String url, String field) throws VideoInputException {
        Map<String, String> options = new LinkedHashMap<>();
        String cleaned = url;
        Matcher transport = RTSP_TRANSPORT.matcher(url);
        if (transport.find()) {
            String value = transport.group(2).toLowerCase(Locale.ROOT);
            if (!value.equals("tcp") && !value.equals("udp")) {
                throw new VideoInputException(field, "rtsp_transport must be tcp or udp, got '" + value + "'");
            }
            options.put("rtsp_transport", value);
            cleaned = (url.substring(0, transport.start()) + transport.group(1) + url.substring(transport.end()))
                    .replaceAll("[?&]$", "");
        }
        URI uri = checkedUri(cleaned, field);
        return new StreamAddress(Kind.RTSP, uri.toString(), options);
    }

    private static StreamAddress udp(String url, String field) throws VideoInputException {
        Matcher matcher = UDP.matcher(url);
        if (!matcher.matches()) {
            throw new VideoInputException(field, "malformed UDP address '" + url + "': use udp://@:port or udp://host:port");
        }
        int port = Integer.parseInt(matcher.group(3));
        if (port < 1 || port > 65535) {
            throw new VideoInputException(field, "UDP port must be 1 to 65535, got " + port);
        }
        return new StreamAddress(Kind.UDP, url, Map.of());
    }

    private static URI checkedUri(String url, String field) throws VideoInputException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new VideoInputException(field, "malformed stream URL '" + url + "': no host");
            }
            return uri;
        } catch (URISyntaxException malformed) {
            throw new VideoInputException(field, "malformed stream URL '" + url + "': " + malformed.getReason());
        }
    }
}
