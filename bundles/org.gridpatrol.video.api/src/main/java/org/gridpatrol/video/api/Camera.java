package org.gridpatrol.video.api;

import java.util.List;

/**
 * A registered camera. Position and view: {@code lon}/{@code lat} (CGCS2000), {@code headingDeg}
 * clockwise from north, horizontal {@code fieldOfViewDeg}, {@code rangeMetres} of useful view and
 * {@code mountingHeightMetres}. {@code gridCode} is the micro-grid (or deepest unit) containing it,
 * assigned by location when saved. {@code detector} names the {@link PersonDetector} to use
 * ({@code hog} by default). {@code zones} are drawn in the image; {@code calibration} maps the image
 * ground plane to the map (empty when not calibrated).
 */
public record Camera(String code, String name, CameraType type, double lon, double lat, double headingDeg,
        double fieldOfViewDeg, double rangeMetres, double mountingHeightMetres, String mainStreamUrl,
        String subStreamUrl, String gridCode, String detector, double analysisFps, boolean enabled,
        List<Zone> zones, List<PointPair> calibration) {

    public Camera {
        zones = zones == null ? List.of() : List.copyOf(zones);
        calibration = calibration == null ? List.of() : List.copyOf(calibration);
    }
}
