package org.gridpatrol.video.internal;

import java.util.regex.Pattern;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.analysis.Zones;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.VideoInputException;

/** The register's rules for a camera; field names are the Camera record's (and its JSON's). */
final class CameraValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DETECTOR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** Taken by {@code POST /api/v1/cameras/import}, so it cannot be a camera's address. */
    static final String RESERVED_CODE = "import";
    static final double MAX_ANALYSIS_FPS = 30;

    private CameraValidator() {
    }

    static void validate(Camera camera) throws VideoInputException {
        if (camera.code() == null || !CODE.matcher(camera.code()).matches()) {
            throw new VideoInputException("code", "must be 1 to 64 letters, digits, '_' or '-', got '" + camera.code() + "'");
        }
        if (camera.code().equals(RESERVED_CODE)) {
            throw new VideoInputException("code", "'" + RESERVED_CODE + "' is reserved");
        }
        if (camera.name() == null || camera.name().isBlank() || camera.name().length() > 200) {
            throw new VideoInputException("name", "must be non-blank and at most 200 characters");
        }
        if (camera.type() == null) {
            throw new VideoInputException("type", "is required: FIXED, PTZ or DRONE");
        }
        within("lon", camera.lon(), -180, 180);
        within("lat", camera.lat(), -90, 90);
        if (!(camera.headingDeg() >= 0 && camera.headingDeg() < 360)) {
            throw new VideoInputException("headingDeg", "must be in [0, 360) degrees clockwise from north, got "
                    + camera.headingDeg());
        }
        if (!(camera.fieldOfViewDeg() > 0 && camera.fieldOfViewDeg() <= 360)) {
            throw new VideoInputException("fieldOfViewDeg", "must be in (0, 360] degrees, got " + camera.fieldOfViewDeg());
        }
        if (!(camera.rangeMetres() > 0 && Double.isFinite(camera.rangeMetres()))) {
            throw new VideoInputException("rangeMetres", "must be a finite number > 0, got " + camera.rangeMetres());
        }
        if (!(camera.mountingHeightMetres() >= 0 && Double.isFinite(camera.mountingHeightMetres()))) {
            throw new VideoInputException("mountingHeightMetres", "must be a finite number >= 0, got "
                    + camera.mountingHeightMetres());
        }
        StreamUrls.check("mainStreamUrl", camera.mainStreamUrl());
        if (camera.subStreamUrl() != null) {
            StreamUrls.check("subStreamUrl", camera.subStreamUrl());
        }
        if (camera.detector() == null || !DETECTOR.matcher(camera.detector()).matches()) {
            throw new VideoInputException("detector", "must name a detector (letters, digits, '_', '.', '-'), got '"
                    + camera.detector() + "'");
        }
        if (!(camera.analysisFps() > 0 && camera.analysisFps() <= MAX_ANALYSIS_FPS)) {
            throw new VideoInputException("analysisFps", "must be in (0, " + (int) MAX_ANALYSIS_FPS
                    + "] frames per second, got " + camera.analysisFps());
        }
        Zones.validate(camera.zones());
        if (!camera.calibration().isEmpty()) {
            GroundProjection.fromPairs(camera.calibration());
        }
    }

    private static void within(String field, double value, double min, double max) throws VideoInputException {
        if (!(value >= min && value <= max)) {
            throw new VideoInputException(field, "must be a number from " + (int) min + " to " + (int) max + ", got " + value);
        }
    }
}
