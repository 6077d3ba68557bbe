package org.gridpatrol.video.analysis.internal;

import java.util.Locale;

import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.VideoInputException;

/** Refuses drone telemetry that no flat-ground projection can use, naming the field. */
public final class DronePoseCheck {

    public static final double MAX_ALTITUDE_METRES = 5000;
    /** The camera must look at least this far below the horizon (a level gimbal sees no ground footprint). */
    public static final double MAX_PITCH_DEG = -1;
    public static final double MAX_FOV_DEG = 170;

    private DronePoseCheck() {
    }

    public static void check(DroneTelemetry pose, int imageWidth, int imageHeight) throws VideoInputException {
        if (pose == null) {
            throw new VideoInputException("telemetry", "telemetry is missing");
        }
        if (!(pose.lon() >= -180 && pose.lon() <= 180)) {
            throw new VideoInputException("lon", "lon must be within [-180, 180], got " + pose.lon());
        }
        if (!(pose.lat() >= -85 && pose.lat() <= 85)) {
            throw new VideoInputException("lat", "lat must be within [-85, 85], got " + pose.lat());
        }
        double altitude = pose.altitudeAboveGroundMetres();
        if (!(altitude > 0 && altitude <= MAX_ALTITUDE_METRES)) {
            throw new VideoInputException("altitudeAboveGroundMetres",
                    "altitude above ground must be in (0, " + fmt(MAX_ALTITUDE_METRES) + "] m, got " + altitude);
        }
        if (!Double.isFinite(pose.headingDeg())) {
            throw new VideoInputException("headingDeg", "heading must be a finite number of degrees, got "
                    + pose.headingDeg());
        }
        double pitch = pose.gimbalPitchDeg();
        if (!(pitch >= -90 && pitch <= MAX_PITCH_DEG)) {
            throw new VideoInputException("gimbalPitchDeg", "gimbal pitch must look below the horizon, within [-90, "
                    + fmt(MAX_PITCH_DEG) + "] degrees (-90 straight down), got " + pitch);
        }
        checkFov("horizontalFovDeg", pose.horizontalFovDeg());
        checkFov("verticalFovDeg", pose.verticalFovDeg());
        if (imageWidth <= 0) {
            throw new VideoInputException("imageWidth", "image width must be positive, got " + imageWidth);
        }
        if (imageHeight <= 0) {
            throw new VideoInputException("imageHeight", "image height must be positive, got " + imageHeight);
        }
    }

    private static void checkFov(String field, double fov) throws VideoInputException {
        if (!(fov > 0 && fov < MAX_FOV_DEG)) {
            throw new VideoInputException(field, "field of view must be in (0, " + fmt(MAX_FOV_DEG)
                    + ") degrees, got " + fov);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
