package org.gridpatrol.video.stream.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.stream.internal.drone.DronePoses;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;

/** The stream bundle's real components wired as DS would, with an in-memory register and EventAdmin. */
public final class PipelineFixture implements AutoCloseable {

    public final RecordingEventAdmin events = new RecordingEventAdmin();
    public final InMemoryCameraRegistry registry = new InMemoryCameraRegistry(events);
    public final LiveFrameHub hub = new LiveFrameHub();
    public final DronePoses poses = new DronePoses(registry, hub);
    public final CameraSupervisor supervisor;

    public PipelineFixture(PersonDetector hog) {
        supervisor = new CameraSupervisor(registry, events, hub, poses, new StreamConfigs());
        supervisor.addDetector(hog, Map.of(PersonDetector.NAME, "hog"));
        events.subscribe(CameraRegistry.TOPIC_CHANGED, supervisor);
    }

    public Optional<CameraHealth> health(String code) {
        return supervisor.health(code);
    }

    public void awaitState(String code, CameraState state, Duration limit) {
        Waits.until(limit, code + " " + state,
                () -> health(code).map(health -> health.state() == state).orElse(false), () -> health(code));
    }

    @Override
    public void close() {
        supervisor.deactivate();
    }
}
