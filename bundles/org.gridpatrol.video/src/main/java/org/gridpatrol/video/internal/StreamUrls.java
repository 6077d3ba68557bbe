package org.gridpatrol.video.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.gridpatrol.video.api.VideoInputException;

/** What a camera's stream address may be: a URL FFmpeg can open, or an absolute file path. */
final class StreamUrls {

    static final Set<String> SCHEMES = Set.of("rtsp", "rtsps", "http", "https", "udp", "rtp", "file");
    private static final Set<String> NEED_HOST = Set.of("rtsp", "rtsps", "http", "https");

    private StreamUrls() {
    }

    /** Refuses a blank, unparsable or unsupported address, naming {@code field}. */
    static void check(String field, String url) throws VideoInputException {
        if (url == null || url.isBlank()) {
            throw new VideoInputException(field, "is required");
        }
        if (!url.equals(url.strip())) {
            throw new VideoInputException(field, "must not start or end with white space");
        }
        if (url.startsWith("/")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw new VideoInputException(field, "is not a valid URL: " + malformed.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !SCHEMES.contains(scheme)) {
            throw new VideoInputException(field, "must be an absolute file path or a URL with one of the schemes "
                    + "rtsp, rtsps, http, https, udp, rtp, file; got '" + url + "'");
        }
        if (NEED_HOST.contains(scheme) && (uri.getHost() == null || uri.getHost().isEmpty())) {
            throw new VideoInputException(field, "needs a host name or address: '" + url + "'");
        }
        if ((scheme.equals("udp") || scheme.equals("rtp")) && uri.getRawAuthority() == null) {
            throw new VideoInputException(field, "needs an address and port, e.g. " + scheme + "://@:1234");
        }
        if (scheme.equals("file") && (uri.getPath() == null || uri.getPath().isEmpty())) {
            throw new VideoInputException(field, "needs a path: '" + url + "'");
        }
    }
}
