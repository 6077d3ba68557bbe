package org.gridpatrol.video.stream.internal.worker;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.analysis.ZoneRules;
import org.gridpatrol.video.analysis.Zones;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.CrowdDensity;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.stream.internal.events.VideoEvents;
import org.gridpatrol.video.stream.internal.ingest.StreamAddress;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a registered camera into a running worker, or into a slot that says why it cannot run:
 * disabled, a configuration that cannot work (stream URL, zones, calibration) or no detector of
 * the requested name. Those are UNHEALTHY without retry until the camera changes.
 */
public final class WorkerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerFactory.class);

    private final WorkerSettings settings;
    private final SourceOpener opener;
    private final LiveFrameHub hub;
    private final VideoEvents events;
    private final Function<String, Optional<DroneTelemetry>> dronePoses;
    private final Supplier<Optional<CrowdDensity>> crowdDensity;
    private final Clock clock;

    /** @param crowdDensity the density service of the moment (optional, it may come and go) */
    public WorkerFactory(WorkerSettings settings, SourceOpener opener, LiveFrameHub hub, VideoEvents events,
            Function<String, Optional<DroneTelemetry>> dronePoses, Supplier<Optional<CrowdDensity>> crowdDensity,
            Clock clock) {
        this.settings = settings;
        this.opener = opener;
        this.hub = hub;
        this.events = events;
        this.dronePoses = dronePoses;
        this.crowdDensity = crowdDensity;
        this.clock = clock;
    }

    /** @param detector the detector registered under {@code detectorName}, if any */
    public CameraSlot start(Camera camera, String detectorName, Optional<PersonDetector> detector) {
        if (!camera.enabled()) {
            return idle(camera, detectorName, CameraState.DISABLED, null);
        }
        StreamAddress address;
        ZoneRules rules;
        try {
            address = StreamAddress.parse(camera.mainStreamUrl(), "mainStreamUrl");
            Zones.validate(camera.zones());
            rules = new ZoneRules(camera.zones(), projectionOf(camera));
        } catch (VideoInputException invalid) {
            String reason = invalid.field() + ": " + invalid.getMessage();
            LOG.warn("Camera {} cannot run: {}", camera.code(), reason);
            return idle(camera, detectorName, CameraState.UNHEALTHY, reason);
        }
        if (detector.isEmpty()) {
            String reason = "detector: no person detector named '" + detectorName + "' is registered";
            LOG.warn("Camera {} cannot run: {}", camera.code(), reason);
            return idle(camera, detectorName, CameraState.UNHEALTHY, reason);
        }
        HealthTracker health = tracker(camera, CameraState.CONNECTING, null);
        DroneProjection drone = camera.type() == CameraType.DRONE ? new DroneProjection(camera.code(), dronePoses) : null;
        DensityFeed density = new DensityFeed(camera.code(), camera.zones(), crowdDensity);
        FrameAnalysis analysis = new FrameAnalysis(camera, detector.get(), rules, drone, density, hub, events, health);
        CameraWorker worker = new CameraWorker(camera, address, opener, settings, detector.get(), analysis, health);
        worker.start();
        return new CameraSlot(camera, detectorName, health, worker);
    }

    /** Fixed and PTZ cameras use their calibration; drones project with their live pose instead. */
    private static GroundProjection projectionOf(Camera camera) throws VideoInputException {
        if (camera.type() == CameraType.DRONE || camera.calibration().isEmpty()) {
            return null;
        }
        return GroundProjection.fromPairs(camera.calibration());
    }

    private CameraSlot idle(Camera camera, String detectorName, CameraState state, String reason) {
        return new CameraSlot(camera, detectorName, tracker(camera, state, reason), null);
    }

    private HealthTracker tracker(Camera camera, CameraState state, String reason) {
        HealthTracker tracker = new HealthTracker(camera.code(), state, reason, clock, events::health);
        events.health(tracker.snapshot());
        return tracker;
    }
}
