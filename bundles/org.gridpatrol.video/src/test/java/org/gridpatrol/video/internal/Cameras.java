package org.gridpatrol.video.internal;

import java.util.List;
import java.util.function.UnaryOperator;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.Zone;

/** Cameras for tests, and copies with one field changed. */
final class Cameras {

    private Cameras() {
    }

    static Camera fixed(String code) {
        return new Camera(code, "安阳街道万松路口 " + code, CameraType.FIXED, Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT,
                90, 60, 80, 6, "rtsp://192.0.2.11:554/Streaming/Channels/101", "rtsp://192.0.2.11:554/Streaming/Channels/102",
                null, "hog", 2, true, List.of(square("entrance")), List.of());
    }

    static Zone square(String id) {
        return new Zone(id, "入口", List.of(new ImagePoint(100, 100), new ImagePoint(400, 100), new ImagePoint(400, 400),
                new ImagePoint(100, 400)), 5, 10, 1, 60, 30);
    }

    /**
     * Four pairs from a 768x576 image onto a trapezoid of ground in front of the camera: the bottom
     * corners near, the horizon-side corners far and wider, as a real downward-looking camera sees it.
     */
    static List<PointPair> calibration(double lon, double lat) {
        return List.of(new PointPair(0, 576, lon - 0.00010, lat + 0.00010), new PointPair(768, 576, lon + 0.00010, lat + 0.00010),
                new PointPair(768, 200, lon + 0.00030, lat + 0.00060), new PointPair(0, 200, lon - 0.00030, lat + 0.00060));
    }

    static Camera with(Camera camera, UnaryOperator<Builder> change) {
        return change.apply(new Builder(camera)).build();
    }

    /** Mutable copy of a camera, for changing one field in a test. */
    static final class Builder {
        String code;
        String name;
        CameraType type;
        double lon;
        double lat;
        double heading;
        double fov;
        double range;
        double height;
        String mainUrl;
        String subUrl;
        String grid;
        String detector;
        double fps;
        boolean enabled;
        List<Zone> zones;
        List<PointPair> calibration;

        Builder(Camera c) {
            code = c.code();
            name = c.name();
            type = c.type();
            lon = c.lon();
            lat = c.lat();
            heading = c.headingDeg();
            fov = c.fieldOfViewDeg();
            range = c.rangeMetres();
            height = c.mountingHeightMetres();
            mainUrl = c.mainStreamUrl();
            subUrl = c.subStreamUrl();
            grid = c.gridCode();
            detector = c.detector();
            fps = c.analysisFps();
            enabled = c.enabled();
            zones = c.zones();
            calibration = c.calibration();
        }

        Builder code(String value) { code = value; return this; }
        Builder name(String value) { name = value; return this; }
        Builder type(CameraType value) { type = value; return this; }
        Builder lon(double value) { lon = value; return this; }
        Builder lat(double value) { lat = value; return this; }
        Builder heading(double value) { heading = value; return this; }
        Builder fov(double value) { fov = value; return this; }
        Builder range(double value) { range = value; return this; }
        Builder height(double value) { height = value; return this; }
        Builder mainUrl(String value) { mainUrl = value; return this; }
        Builder subUrl(String value) { subUrl = value; return this; }
        Builder grid(String value) { grid = value; return this; }
        Builder detector(String value) { detector = value; return this; }
        Builder fps(double value) { fps = value; return this; }
        Builder enabled(boolean value) { enabled = value; return this; }
        Builder zones(List<Zone> value) { zones = value; return this; }
        Builder calibration(List<PointPair> value) { calibration = value; return this; }

        Camera build() {
            return new Camera(code, name, type, lon, lat, heading, fov, range, height, mainUrl, subUrl, grid, detector, fps,
                    enabled, zones, calibration);
        }
    }
}
