package org.gridpatrol.video.stream.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.CrowdDensity;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.stream.internal.drone.DronePoses;
import org.gridpatrol.video.stream.internal.events.VideoEvents;
import org.gridpatrol.video.stream.internal.ingest.FfmpegFrameSource;
import org.gridpatrol.video.stream.internal.ingest.SourceTimeouts;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.gridpatrol.video.stream.internal.worker.CameraSlot;
import org.gridpatrol.video.stream.internal.worker.WorkerFactory;
import org.gridpatrol.video.stream.internal.worker.WorkerSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker per registered camera, kept in step with the register: started at activation,
 * started, stopped or restarted when {@link CameraRegistry#TOPIC_CHANGED} names a camera, and
 * restarted when the detector it asked for comes or goes. All of that runs on one supervisor
 * thread, so EventAdmin's delivery thread never waits for a camera to stop.
 */
@Component(service = {CameraMonitor.class, EventHandler.class}, configurationPid = "org.gridpatrol.video.stream",
        property = EventConstants.EVENT_TOPIC + "=" + CameraRegistry.TOPIC_CHANGED)
@Designate(ocd = StreamConfig.class)
public final class CameraSupervisor implements CameraMonitor, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CameraSupervisor.class);

    private final CameraRegistry registry;
    private final LiveFrameHub hub;
    private final String defaultDetector;
    private final WorkerFactory workers;
    private final DetectorCatalog detectors = new DetectorCatalog();
    private final AtomicReference<GridLocator> gridLocator = new AtomicReference<>();
    private final AtomicReference<CrowdDensity> crowdDensity = new AtomicReference<>();
    private final Map<String, CameraSlot> slots = new ConcurrentHashMap<>();
    private final ExecutorService supervision = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "video-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public CameraSupervisor(@Reference CameraRegistry registry, @Reference EventAdmin eventAdmin,
            @Reference LiveFrameHub hub, @Reference DronePoses dronePoses, StreamConfig config) {
        WorkerSettings settings = StreamSettings.validated(config);
        this.registry = registry;
        this.hub = hub;
        this.defaultDetector = config.defaultDetector().trim();
        VideoEvents events = new VideoEvents(eventAdmin, () -> Optional.ofNullable(gridLocator.get()));
        SourceTimeouts timeouts = settings.timeouts();
        this.workers = new WorkerFactory(settings, address -> FfmpegFrameSource.open(address, timeouts), hub, events,
                dronePoses::latest, () -> Optional.ofNullable(crowdDensity.get()), Clock.systemUTC());
        supervision.execute(this::reconcileAll);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addDetector(PersonDetector detector, Map<String, Object> properties) {
        Optional<String> name = DetectorCatalog.nameOf(properties);
        if (name.isEmpty()) {
            LOG.warn("Person detector {} has no {} property; no camera can select it", detector, PersonDetector.NAME);
            return;
        }
        detectors.add(name.get(), detector);
        supervision.execute(() -> restartWhere(slot -> slot.waitsForDetector(name.get())));
    }

    public void removeDetector(PersonDetector detector, Map<String, Object> properties) {
        DetectorCatalog.nameOf(properties).ifPresent(name -> detectors.remove(name, detector));
        supervision.execute(() -> restartWhere(slot -> slot.uses(detector)));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setGridLocator(GridLocator locator) {
        gridLocator.set(locator);
    }

    public void unsetGridLocator(GridLocator locator) {
        gridLocator.compareAndSet(locator, null);
    }

    /** Workers pick the density service up (or drop it) on their next analysed frame; no restart. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setCrowdDensity(CrowdDensity density) {
        crowdDensity.set(density);
    }

    public void unsetCrowdDensity(CrowdDensity density) {
        crowdDensity.compareAndSet(density, null);
    }

    @Override
    public void handleEvent(Event event) {
        Object code = event.getProperty("code");
        if (code == null) {
            supervision.execute(this::reconcileAll);
        } else {
            supervision.execute(() -> reconcile(String.valueOf(code)));
        }
    }

    @Deactivate
    public void deactivate() {
        supervision.shutdownNow();
        try {
            supervision.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        List<CameraSlot> all = List.copyOf(slots.values());
        all.forEach(CameraSlot::requestStop);
        all.forEach(CameraSlot::awaitStopped);
        slots.keySet().forEach(hub::remove);
        slots.clear();
    }

    @Override
    public List<CameraHealth> health() {
        return slots.values().stream().map(CameraSlot::health)
                .sorted(Comparator.comparing(CameraHealth::cameraCode)).toList();
    }

    @Override
    public Optional<CameraHealth> health(String cameraCode) {
        return Optional.ofNullable(slots.get(cameraCode)).map(CameraSlot::health);
    }

    @Override
    public Optional<byte[]> latestJpeg(String cameraCode, boolean overlays) {
        if (!slots.containsKey(cameraCode)) {
            return Optional.empty();
        }
        return hub.latest(cameraCode).map(frame -> frame.jpeg(overlays));
    }

    private void reconcileAll() {
        List<Camera> cameras;
        try {
            cameras = registry.list();
        } catch (RuntimeException failed) {
            LOG.error("Cannot list the camera register; workers unchanged", failed);
            return;
        }
        Set<String> codes = cameras.stream().map(Camera::code).collect(Collectors.toSet());
        for (String running : List.copyOf(slots.keySet())) {
            if (!codes.contains(running)) {
                remove(running);
            }
        }
        cameras.forEach(this::apply);
    }

    private void reconcile(String code) {
        Optional<Camera> camera;
        try {
            camera = registry.find(code);
        } catch (RuntimeException failed) {
            LOG.error("Cannot read camera {} from the register; its worker is unchanged", code, failed);
            return;
        }
        camera.ifPresentOrElse(this::apply, () -> remove(code));
    }

    /** Starts a new or changed camera; an unchanged one keeps running (or keeps waiting for a change). */
    private void apply(Camera camera) {
        CameraSlot current = slots.get(camera.code());
        if (current != null && Objects.equals(current.camera(), camera)) {
            return;
        }
        if (current != null) {
            current.stop();
        }
        start(camera);
    }

    private void start(Camera camera) {
        String detectorName = camera.detector() == null || camera.detector().isBlank() ? defaultDetector
                : camera.detector().trim();
        if (!camera.enabled()) {
            hub.remove(camera.code());
        }
        slots.put(camera.code(), workers.start(camera, detectorName, detectors.find(detectorName)));
    }

    private void remove(String code) {
        CameraSlot removed = slots.remove(code);
        if (removed != null) {
            removed.stop();
            hub.remove(code);
            LOG.info("Camera {} removed from the register; worker stopped", code);
        }
    }

    private void restartWhere(Predicate<CameraSlot> affected) {
        for (CameraSlot slot : List.copyOf(slots.values())) {
            if (affected.test(slot)) {
                slot.stop();
                start(slot.camera());
            }
        }
    }
}
