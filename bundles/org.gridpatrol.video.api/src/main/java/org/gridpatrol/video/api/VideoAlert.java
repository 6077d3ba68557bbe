package org.gridpatrol.video.api;

import java.time.Instant;

/**
 * An alert raised by a zone rule. {@code endedAt} is null while it lasts. {@code lon}/{@code lat} is
 * where the people stand on the map (centroid of their projected foot points), NaN when the camera
 * is not georeferenced; {@code gridCode} the deepest unit there.
 */
public record VideoAlert(String id, String cameraCode, String zoneId, AlertKind kind, Instant startedAt,
        Instant endedAt, int peakCount, double lon, double lat, String gridCode, String acknowledgedBy,
        Instant acknowledgedAt) {

    public boolean isAcknowledged() {
        return acknowledgedBy != null;
    }
}
