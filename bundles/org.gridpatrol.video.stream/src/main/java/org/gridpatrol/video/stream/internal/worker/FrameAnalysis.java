package org.gridpatrol.video.stream.internal.worker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.AlertChange;
import org.gridpatrol.video.analysis.FrameFindings;
import org.gridpatrol.video.analysis.ZoneRules;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.stream.internal.events.AlertEvent;
import org.gridpatrol.video.stream.internal.events.VideoEvents;
import org.gridpatrol.video.stream.internal.events.ZoneCountThrottle;
import org.gridpatrol.video.stream.internal.live.AnalysedFrame;
import org.gridpatrol.video.stream.internal.live.LiveFrame;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;

/**
 * What happens to one sampled frame, in order: detect people, feed the density estimate, evaluate the
 * zone rules, publish the frame as the camera's latest, post zone counts (with the density when there
 * is one) and alert changes (a start carries the snapshot). Runs on the camera's analysis thread only.
 */
final class FrameAnalysis implements AutoCloseable {

    private final Camera camera;
    private final PersonDetector detector;
    private final ZoneRules rules;
    private final DroneProjection droneProjection;
    private final LiveFrameHub hub;
    private final VideoEvents events;
    private final HealthTracker health;
    private final DensityFeed density;
    private final AlertIds alertIds = new AlertIds();
    private final ZoneCountThrottle counts = new ZoneCountThrottle(java.time.Duration.ofSeconds(1));

    /** @param droneProjection the drone's pose-based projection, null for fixed and PTZ cameras */
    FrameAnalysis(Camera camera, PersonDetector detector, ZoneRules rules, DroneProjection droneProjection,
            DensityFeed density, LiveFrameHub hub, VideoEvents events, HealthTracker health) {
        this.camera = camera;
        this.detector = detector;
        this.rules = rules;
        this.droneProjection = droneProjection;
        this.hub = hub;
        this.events = events;
        this.health = health;
        this.density = density;
    }

    void analyse(VideoFrame frame) {
        List<Detection> detections = detector.detect(frame);
        Map<String, Double> densities = density.update(frame, detections);
        FrameFindings findings = rules.evaluate(detections, frame.capturedAt());
        List<AlertChange> changes = findings.alertChanges();
        List<String> ids = changes.stream().map(alertIds::idFor).toList();
        LiveFrame live = hub.publish(new AnalysedFrame(camera.code(), frame, detections, camera.zones(),
                findings.zoneCounts(), alertIds.alertingZones()));
        health.frameAnalysed(detections.size());
        for (Map.Entry<String, Integer> zone : findings.zoneCounts().entrySet()) {
            Double people = tenths(densities.get(zone.getKey()));
            if (counts.shouldPost(zone.getKey(), zone.getValue(), people, findings.time())) {
                events.zoneCount(camera.code(), zone.getKey(), zone.getValue(), people, findings.time());
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            postAlert(changes.get(i), ids.get(i), live, frame, findings);
        }
    }

    /** Frees the density estimate; called by the analysis thread when it ends. */
    @Override
    public void close() {
        density.close();
    }

    /** Rounded to 0.1 person: finer digits are noise, and would defeat the change check. */
    private static Double tenths(Double people) {
        return people == null || !Double.isFinite(people) ? null : Math.round(people * 10) / 10.0;
    }

    private void postAlert(AlertChange change, String id, LiveFrame live, VideoFrame frame, FrameFindings findings) {
        double lon = change.lon();
        double lat = change.lat();
        if (droneProjection != null && (Double.isNaN(lon) || Double.isNaN(lat))) {
            Optional<LonLat> where = droneProjection.locate(change.boxes(), frame.width(), frame.height());
            lon = where.map(LonLat::lon).orElse(Double.NaN);
            lat = where.map(LonLat::lat).orElse(Double.NaN);
        }
        boolean start = change.phase() == AlertChange.Phase.START;
        AlertEvent alert = new AlertEvent(id, camera.code(), change.zoneId(), change.kind(),
                change.phase().name().toLowerCase(Locale.ROOT), change.count(), lon, lat, findings.time());
        events.alert(alert, camera.gridCode(), start ? live.jpeg(true) : null);
    }
}
