package org.gridpatrol.video.api;

import java.util.List;
import java.util.Map;

/** One camera's density estimator, fed every analysed frame. */
public interface ZoneDensity extends AutoCloseable {

    /**
     * Estimated people per zone id after this frame. The detections calibrate the camera's
     * perspective model (expected person size by image row) as they come.
     */
    Map<String, Double> update(VideoFrame frame, List<Detection> detections);

    @Override
    void close();
}
