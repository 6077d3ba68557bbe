package org.gridpatrol.video.api;

import java.util.List;

/**
 * A polygon in a camera image with its rules. Crowd: at least {@code crowdThreshold} people for at
 * least {@code crowdSeconds} raises an alert, which ends when the count stays below the threshold
 * minus {@code hysteresis} for {@code crowdSeconds}; no new crowd alert for the zone within
 * {@code cooldownSeconds} of the last one's end. Loitering: one tracked person inside for at least
 * {@code loiterSeconds} (0 disables it).
 */
public record Zone(String id, String name, List<ImagePoint> polygon, int crowdThreshold, double crowdSeconds,
        int hysteresis, double cooldownSeconds, double loiterSeconds) {

    public Zone {
        polygon = List.copyOf(polygon);
    }
}
