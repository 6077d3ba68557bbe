package org.gridpatrol.video.stream.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraRegistry;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** A camera register in memory that posts {@link CameraRegistry#TOPIC_CHANGED} like the stored one. */
public final class InMemoryCameraRegistry implements CameraRegistry {

    private final Map<String, Camera> cameras = new ConcurrentHashMap<>();
    private final EventAdmin events;

    public InMemoryCameraRegistry(EventAdmin events) {
        this.events = events;
    }

    @Override
    public List<Camera> list() {
        return List.copyOf(cameras.values());
    }

    @Override
    public Optional<Camera> find(String code) {
        return Optional.ofNullable(cameras.get(code));
    }

    @Override
    public Camera save(Camera camera) {
        cameras.put(camera.code(), camera);
        events.postEvent(new Event(TOPIC_CHANGED, Map.of("code", camera.code())));
        return camera;
    }

    @Override
    public boolean delete(String code) {
        boolean removed = cameras.remove(code) != null;
        events.postEvent(new Event(TOPIC_CHANGED, Map.of("code", code)));
        return removed;
    }
}
