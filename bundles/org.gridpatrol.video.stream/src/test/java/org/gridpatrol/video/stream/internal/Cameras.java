package org.gridpatrol.video.stream.internal;

import java.util.List;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.Zone;

/** Test cameras near Wenzhou (lon 120.6, lat 27.8). */
public final class Cameras {

    private Cameras() {
    }

    public static Camera fixed(String code, String url, List<Zone> zones) {
        return camera(code, CameraType.FIXED, url, "hog", 3, true, zones, List.of());
    }

    public static Camera camera(String code, CameraType type, String url, String detector, double fps, boolean enabled,
            List<Zone> zones, List<PointPair> calibration) {
        return new Camera(code, "camera " + code, type, 120.6, 27.8, 90, 60, 80, 6, url, null, "330381001001001",
                detector, fps, enabled, zones, calibration);
    }

    /** The whole 768x576 vtest.avi image as one crowd zone: 2 people for 1 s. */
    public static Zone wholeImage(int threshold) {
        return new Zone("square", "Square", List.of(new ImagePoint(1, 1), new ImagePoint(767, 1),
                new ImagePoint(767, 575), new ImagePoint(1, 575)), threshold, 1, 1, 0, 0);
    }
}
