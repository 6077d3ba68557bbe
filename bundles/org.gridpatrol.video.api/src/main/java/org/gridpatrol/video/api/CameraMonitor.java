package org.gridpatrol.video.api;

import java.util.List;
import java.util.Optional;

/** What the camera workers see now. */
public interface CameraMonitor {

    List<CameraHealth> health();

    Optional<CameraHealth> health(String cameraCode);

    /** The last analysed frame as JPEG, with detection boxes and zones drawn when {@code overlays}. */
    Optional<byte[]> latestJpeg(String cameraCode, boolean overlays);
}
