package org.gridpatrol.video.stream.internal.worker;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.VideoInputException;

/**
 * A drone camera's ground projection from its latest pose, rebuilt only when the pose or the image
 * size changes. A drone's ZoneRules run without a projection (it moves; the rules keep their tracks),
 * and alert positions are projected here with the pose of the moment.
 */
final class DroneProjection {

    private final String cameraCode;
    private final Function<String, Optional<DroneTelemetry>> poses;
    private DroneTelemetry pose;
    private int width;
    private int height;
    private GroundProjection projection;

    DroneProjection(String cameraCode, Function<String, Optional<DroneTelemetry>> poses) {
        this.cameraCode = cameraCode;
        this.poses = poses;
    }

    /** The centroid of the boxes' projected foot points, empty without a usable pose. */
    Optional<LonLat> locate(List<ImageBox> boxes, int imageWidth, int imageHeight) {
        Optional<GroundProjection> current = current(imageWidth, imageHeight);
        if (current.isEmpty() || boxes.isEmpty()) {
            return Optional.empty();
        }
        double lon = 0;
        double lat = 0;
        int projected = 0;
        for (ImageBox box : boxes) {
            Optional<LonLat> foot = current.get().toMap(box.footPoint());
            if (foot.isPresent()) {
                lon += foot.get().lon();
                lat += foot.get().lat();
                projected++;
            }
        }
        return projected == 0 ? Optional.empty() : Optional.of(new LonLat(lon / projected, lat / projected));
    }

    private Optional<GroundProjection> current(int imageWidth, int imageHeight) {
        Optional<DroneTelemetry> latest = poses.apply(cameraCode);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        if (!latest.get().equals(pose) || imageWidth != width || imageHeight != height) {
            pose = latest.get();
            width = imageWidth;
            height = imageHeight;
            try {
                projection = GroundProjection.forDrone(pose, imageWidth, imageHeight);
            } catch (VideoInputException refused) {
                // Poses are validated on arrival; a refusal here can only come from the image size.
                projection = null;
            }
        }
        return Optional.ofNullable(projection);
    }
}
