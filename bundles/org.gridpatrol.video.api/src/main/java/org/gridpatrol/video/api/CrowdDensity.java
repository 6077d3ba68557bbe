package org.gridpatrol.video.api;

import java.util.List;

/**
 * Estimates how many people stand in each zone from the image itself (foreground area weighted by
 * perspective), for crowds too dense for person boxes. A whiteboard service; cameras use it when
 * one is present.
 */
public interface CrowdDensity {

    /** Opens an estimator for one camera: its image size and zones. Not thread-safe; close it when the camera stops. */
    ZoneDensity open(int width, int height, List<Zone> zones);
}
