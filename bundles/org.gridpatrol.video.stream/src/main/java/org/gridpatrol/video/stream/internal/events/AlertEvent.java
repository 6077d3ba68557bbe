package org.gridpatrol.video.stream.internal.events;

import java.time.Instant;
import org.gridpatrol.video.api.AlertKind;

/** One start, update or end of an alert as posted; {@code state} is "start", "update" or "end". */
public record AlertEvent(String id, String camera, String zone, AlertKind kind, String state, int count, double lon,
        double lat, Instant time) {
}
