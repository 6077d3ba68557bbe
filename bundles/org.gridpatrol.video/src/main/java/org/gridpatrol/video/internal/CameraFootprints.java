package org.gridpatrol.video.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.video.api.VideoInputException;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a camera sees on the map: for a calibrated camera whose image size is known (from its latest
 * frame) the ground footprint of the image, otherwise the view cone from heading, field of view and
 * range. Image sizes are remembered per camera and stream address, so a frame is asked for once, not
 * on every listing, and again when the camera's stream changes.
 */
final class CameraFootprints {

    private static final Logger LOG = LoggerFactory.getLogger(CameraFootprints.class);

    private final ViewCone cones = new ViewCone();
    private final Map<String, JpegSize> imageSizes = new ConcurrentHashMap<>();

    Polygon of(Camera camera, CameraMonitor monitorOrNull) {
        if (!camera.calibration().isEmpty()) {
            Optional<JpegSize> size = imageSize(camera, monitorOrNull);
            if (size.isPresent()) {
                try {
                    Polygon ground = GroundProjection.fromPairs(camera.calibration())
                            .footprint(size.get().width(), size.get().height(), camera.rangeMetres());
                    if (!ground.isEmpty()) {
                        return ground;
                    }
                } catch (VideoInputException stale) {
                    LOG.debug("Camera {} calibration unusable ({}): drawing its view cone", camera.code(),
                            stale.getMessage());
                }
            }
        }
        return cones.of(camera.lon(), camera.lat(), camera.headingDeg(), camera.fieldOfViewDeg(), camera.rangeMetres());
    }

    private Optional<JpegSize> imageSize(Camera camera, CameraMonitor monitor) {
        String key = camera.code() + " " + camera.mainStreamUrl();
        JpegSize known = imageSizes.get(key);
        if (known != null || monitor == null) {
            return Optional.ofNullable(known);
        }
        Optional<JpegSize> size = monitor.latestJpeg(camera.code(), false).flatMap(JpegSize::of);
        size.ifPresent(found -> imageSizes.put(key, found));
        return size;
    }
}
