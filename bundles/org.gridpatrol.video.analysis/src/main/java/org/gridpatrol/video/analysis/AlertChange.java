package org.gridpatrol.video.analysis;

import java.util.List;

import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.ImageBox;

/**
 * A zone rule's alert starting, growing or ending. A zone has at most one alert of each kind at a
 * time, so (zone, kind) identifies it from START to END. {@code count} is the people involved now
 * (crowd: in the zone; loitering: loitering in the zone), {@code boxes} their boxes, {@code lon}/
 * {@code lat} the centroid of their projected foot points (NaN without a projection; on END with
 * nobody left, the alert's last known position).
 */
public record AlertChange(String zoneId, AlertKind kind, Phase phase, int count, double lon, double lat,
        List<ImageBox> boxes) {

    public AlertChange {
        boxes = List.copyOf(boxes);
    }

    public enum Phase {
        /** The rule fired. */
        START,
        /** The count rose above the alert's previous peak. */
        UPDATE,
        /** The rule cleared. */
        END
    }
}
