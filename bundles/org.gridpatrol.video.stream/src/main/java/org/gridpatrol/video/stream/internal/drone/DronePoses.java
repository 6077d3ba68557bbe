package org.gridpatrol.video.stream.internal.drone;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.locationtech.jts.geom.Polygon;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The latest valid pose of each drone camera, from HTTP or MQTT. A pose is accepted only for a
 * registered drone camera and only when the ground projection can be built from it (so impossible
 * values are refused with the field named); a pose older than the one held is ignored.
 */
@Component(service = DronePoses.class)
public final class DronePoses {

    /** Image size assumed for validation until the drone's first frame is decoded. */
    static final int DEFAULT_WIDTH = 1920;
    static final int DEFAULT_HEIGHT = 1080;

    private final CameraRegistry registry;
    private final LiveFrameHub hub;
    private final TelemetryJson json = new TelemetryJson();
    private final Clock clock;
    private final Map<String, Received> latest = new ConcurrentHashMap<>();

    @Activate
    public DronePoses(@Reference CameraRegistry registry, @Reference LiveFrameHub hub) {
        this(registry, hub, Clock.systemUTC());
    }

    DronePoses(CameraRegistry registry, LiveFrameHub hub, Clock clock) {
        this.registry = registry;
        this.hub = hub;
        this.clock = clock;
    }

    /**
     * Parses, validates and keeps a pose; returns the projection it gives for drawing the footprint.
     *
     * @throws UnknownCameraException when no camera has the code
     * @throws VideoInputException naming the field when the message or a value cannot be used
     */
    public Accepted accept(String cameraCode, byte[] message) throws VideoInputException {
        Camera camera = registry.find(cameraCode).orElseThrow(() -> new UnknownCameraException(cameraCode));
        if (camera.type() != CameraType.DRONE) {
            throw new VideoInputException("code", "camera '" + cameraCode + "' is " + camera.type() + ", not a DRONE");
        }
        Instant now = clock.instant();
        DroneTelemetry pose = json.parse(cameraCode, message, now);
        int[] size = imageSize(cameraCode);
        GroundProjection projection = GroundProjection.forDrone(pose, size[0], size[1]);
        latest.merge(cameraCode, new Received(pose, now),
                (held, offered) -> offered.pose().time().isBefore(held.pose().time()) ? held : offered);
        return new Accepted(pose, projection, size[0], size[1]);
    }

    public Optional<DroneTelemetry> latest(String cameraCode) {
        return Optional.ofNullable(latest.get(cameraCode)).map(Received::pose);
    }

    /** The drone's latest pose with the ground footprint it gives now; empty when no pose was received. */
    public Optional<LivePose> live(String cameraCode) {
        return Optional.ofNullable(latest.get(cameraCode)).map(received -> live(cameraCode, received));
    }

    /** Every drone with a pose, by code. */
    public List<LivePose> live() {
        return latest.entrySet().stream().map(entry -> live(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(LivePose::cameraCode)).toList();
    }

    /** The footprint at the image size of the latest decoded frame (it may differ from when the pose came). */
    private LivePose live(String cameraCode, Received received) {
        int[] size = imageSize(cameraCode);
        Polygon footprint;
        try {
            footprint = GroundProjection.forDrone(received.pose(), size[0], size[1]).footprint(size[0], size[1]);
        } catch (VideoInputException refused) {
            footprint = null;
        }
        return new LivePose(cameraCode, received.pose(), received.receivedAt(), footprint);
    }

    private int[] imageSize(String cameraCode) {
        return hub.latest(cameraCode)
                .map(frame -> new int[] {frame.analysed().frame().width(), frame.analysed().frame().height()})
                .orElse(new int[] {DEFAULT_WIDTH, DEFAULT_HEIGHT});
    }

    private record Received(DroneTelemetry pose, Instant receivedAt) {
    }

    /** A drone's latest pose, when it arrived, and its ground footprint (null when it cannot be drawn). */
    public record LivePose(String cameraCode, DroneTelemetry pose, Instant receivedAt, Polygon footprint) {
    }

    /** A pose accepted, with the projection it gives at the image size used. */
    public record Accepted(DroneTelemetry pose, GroundProjection projection, int imageWidth, int imageHeight) {
    }

    /** No camera is registered under the code. */
    public static final class UnknownCameraException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownCameraException(String code) {
            super("no camera with code '" + code + "'");
        }
    }
}
