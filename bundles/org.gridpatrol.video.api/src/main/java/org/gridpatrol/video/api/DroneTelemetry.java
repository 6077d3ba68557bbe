package org.gridpatrol.video.api;

import java.time.Instant;

/**
 * A drone's pose: position (CGCS2000), altitude above ground, heading clockwise from north, gimbal
 * pitch (0 level, -90 straight down) and the camera's horizontal and vertical fields of view.
 */
public record DroneTelemetry(String cameraCode, Instant time, double lon, double lat, double altitudeAboveGroundMetres,
        double headingDeg, double gimbalPitchDeg, double horizontalFovDeg, double verticalFovDeg) {
}
