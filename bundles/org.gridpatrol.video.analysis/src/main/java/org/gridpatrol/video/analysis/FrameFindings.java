package org.gridpatrol.video.analysis;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one analysed frame produced: the people counted per zone (every zone, in the camera's zone
 * order, 0 included) and the alert changes it caused, crowd before loitering per zone.
 */
public record FrameFindings(Instant time, Map<String, Integer> zoneCounts, List<AlertChange> alertChanges) {

    public FrameFindings {
        zoneCounts = Collections.unmodifiableMap(new LinkedHashMap<>(zoneCounts));
        alertChanges = List.copyOf(alertChanges);
    }
}
