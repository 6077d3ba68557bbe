package org.gridpatrol.video.api;

/** How a camera is mounted: a fixed view, a pan-tilt-zoom head, or a drone. */
public enum CameraType {
    FIXED, PTZ, DRONE
}
