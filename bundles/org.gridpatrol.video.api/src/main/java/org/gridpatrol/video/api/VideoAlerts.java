package org.gridpatrol.video.api;

import java.util.List;
import java.util.Optional;

/**
 * Alerts and their snapshots, kept in the store. Each start, update and end is posted on
 * {@link #TOPIC_ALERT} with properties {@code id}, {@code camera}, {@code zone}, {@code kind},
 * {@code state} (start/update/end), {@code count}, {@code lon}, {@code lat}, {@code grid},
 * {@code time} (ISO-8601 UTC). Per-zone counts go out on {@link #TOPIC_ZONE_COUNT} with
 * {@code camera}, {@code zone}, {@code count}, {@code time}.
 */
public interface VideoAlerts {

    String TOPIC_ALERT = "org/gridpatrol/video/ALERT";
    String TOPIC_ZONE_COUNT = "org/gridpatrol/video/ZONE_COUNT";

    /** The newest alerts first. */
    List<VideoAlert> recent(int limit);

    Optional<VideoAlert> find(String id);

    /** The JPEG taken when the alert started, with boxes and zones drawn. */
    Optional<byte[]> snapshot(String id);

    /** Marks an alert acknowledged by {@code user}; empty when unknown. Acknowledging twice keeps the first. */
    Optional<VideoAlert> acknowledge(String id, String user);
}
