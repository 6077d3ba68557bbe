package org.gridpatrol.video.stream.internal.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.VideoAlerts;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the stream's events on EventAdmin with exactly the properties the video brief names. */
public final class VideoEvents {

    public static final String TOPIC_HEALTH = "org/gridpatrol/video/HEALTH";

    private final EventAdmin eventAdmin;
    private final Supplier<Optional<GridLocator>> locator;

    /** @param locator the grid locator when one is registered (it is optional) */
    public VideoEvents(EventAdmin eventAdmin, Supplier<Optional<GridLocator>> locator) {
        this.eventAdmin = eventAdmin;
        this.locator = locator;
    }

    public void health(CameraHealth health) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("camera", health.cameraCode());
        properties.put("state", health.state().name());
        if (health.reason() != null) {
            properties.put("reason", health.reason());
        }
        properties.put("time", health.since().toString());
        eventAdmin.postEvent(new Event(TOPIC_HEALTH, properties));
    }

    /** @param density the zone's density estimate (people, rounded to 0.1), null when there is none */
    public void zoneCount(String camera, String zone, int count, Double density, Instant time) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("camera", camera);
        properties.put("zone", zone);
        properties.put("count", count);
        if (density != null) {
            properties.put("density", density);
        }
        properties.put("time", time.toString());
        eventAdmin.postEvent(new Event(VideoAlerts.TOPIC_ZONE_COUNT, properties));
    }

    /**
     * @param fallbackGrid the camera's own grid, used when the people's position is unknown
     * @param snapshot the JPEG for a start, null otherwise
     */
    public void alert(AlertEvent alert, String fallbackGrid, byte[] snapshot) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", alert.id());
        properties.put("camera", alert.camera());
        properties.put("zone", alert.zone());
        properties.put("kind", alert.kind().name());
        properties.put("state", alert.state());
        properties.put("count", alert.count());
        properties.put("lon", alert.lon());
        properties.put("lat", alert.lat());
        gridAt(alert.lon(), alert.lat()).or(() -> Optional.ofNullable(fallbackGrid))
                .ifPresent(grid -> properties.put("grid", grid));
        properties.put("time", alert.time().toString());
        if (snapshot != null) {
            properties.put("snapshot", snapshot);
        }
        eventAdmin.postEvent(new Event(VideoAlerts.TOPIC_ALERT, properties));
    }

    private Optional<String> gridAt(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return Optional.empty();
        }
        return locator.get().flatMap(found -> found.locate(lon, lat)).map(chain -> chain.deepest().code());
    }
}
