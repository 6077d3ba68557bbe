package org.gridpatrol.video.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.VideoAlert;
import org.locationtech.jts.geom.Polygon;

/**
 * JSON shapes of the video API as maps, so that times are ISO-8601 strings and unknown coordinates
 * null whatever the web bundle's JSON configuration. A camera carries its record's field names.
 */
final class Views {

    private Views() {
    }

    /** A camera with its {@code health} (null when not known) and {@code footprint}; stream passwords hidden unless {@code showSecrets}. */
    static Map<String, Object> camera(Camera camera, CameraHealth health, Polygon footprint, boolean showSecrets) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", camera.code());
        view.put("name", camera.name());
        view.put("type", camera.type().name());
        view.put("lon", camera.lon());
        view.put("lat", camera.lat());
        view.put("headingDeg", camera.headingDeg());
        view.put("fieldOfViewDeg", camera.fieldOfViewDeg());
        view.put("rangeMetres", camera.rangeMetres());
        view.put("mountingHeightMetres", camera.mountingHeightMetres());
        view.put("mainStreamUrl", showSecrets ? camera.mainStreamUrl() : withoutPassword(camera.mainStreamUrl()));
        view.put("subStreamUrl", showSecrets ? camera.subStreamUrl() : withoutPassword(camera.subStreamUrl()));
        view.put("gridCode", camera.gridCode());
        view.put("detector", camera.detector());
        view.put("analysisFps", camera.analysisFps());
        view.put("enabled", camera.enabled());
        view.put("zones", camera.zones());
        view.put("calibration", camera.calibration());
        view.put("health", health == null ? null : health(health));
        view.put("footprint", footprint);
        return view;
    }

    static Map<String, Object> health(CameraHealth health) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cameraCode", health.cameraCode());
        view.put("state", health.state() == null ? null : health.state().name());
        view.put("reason", health.reason());
        view.put("since", time(health.since()));
        view.put("lastFrameAt", time(health.lastFrameAt()));
        view.put("decodeFps", finite(health.decodeFps()));
        view.put("analysisFps", finite(health.analysisFps()));
        view.put("droppedFrames", health.droppedFrames());
        view.put("lastCount", health.lastCount());
        return view;
    }

    static Map<String, Object> alert(VideoAlert alert) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", alert.id());
        view.put("cameraCode", alert.cameraCode());
        view.put("zoneId", alert.zoneId());
        view.put("kind", alert.kind().name());
        view.put("startedAt", time(alert.startedAt()));
        view.put("endedAt", time(alert.endedAt()));
        view.put("active", alert.endedAt() == null);
        view.put("peakCount", alert.peakCount());
        view.put("lon", finite(alert.lon()));
        view.put("lat", finite(alert.lat()));
        view.put("gridCode", alert.gridCode());
        view.put("acknowledgedBy", alert.acknowledgedBy());
        view.put("acknowledgedAt", time(alert.acknowledgedAt()));
        view.put("snapshot", "/api/v1/video/alerts/" + alert.id() + "/snapshot.jpg");
        return view;
    }

    /** {@code rtsp://admin:secret@host/...} becomes {@code rtsp://admin:***@host/...}. */
    static String withoutPassword(String url) {
        if (url == null || url.startsWith("/")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            String userInfo = uri.getRawUserInfo();
            if (userInfo == null || !userInfo.contains(":")) {
                return url;
            }
            String hidden = userInfo.substring(0, userInfo.indexOf(':')) + ":***";
            return url.replaceFirst(Pattern.quote(userInfo + "@"),
                    Matcher.quoteReplacement(hidden + "@"));
        } catch (URISyntaxException unparsable) {
            return url;
        }
    }

    private static String time(Instant time) {
        return time == null ? null : time.toString();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
