package org.gridpatrol.video.stream.internal.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;

/** A frame with what the analysis found in it: everything a snapshot or the live view draws. */
public record AnalysedFrame(String cameraCode, VideoFrame frame, List<Detection> detections, List<Zone> zones,
        Map<String, Integer> zoneCounts, Set<String> alertingZones) {

    public AnalysedFrame {
        detections = List.copyOf(detections);
        zones = List.copyOf(zones);
        zoneCounts = Map.copyOf(zoneCounts);
        alertingZones = Set.copyOf(alertingZones);
    }
}
