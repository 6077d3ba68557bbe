package org.gridpatrol.video.api;

import java.util.List;
import java.util.Optional;

/** The stored camera register. Changes are posted on {@link #TOPIC_CHANGED} (property {@code code}). */
public interface CameraRegistry {

    String TOPIC_CHANGED = "org/gridpatrol/video/CAMERA_CHANGED";

    List<Camera> list();

    Optional<Camera> find(String code);

    /**
     * Validates (code, position in range, angles, URLs well-formed, zones simple polygons with area,
     * calibration of at least 4 non-collinear pairs) and stores a camera, assigning its grid by
     * location; returns it as stored.
     *
     * @throws VideoInputException naming the field; nothing is stored
     */
    Camera save(Camera camera) throws VideoInputException;

    /** Removes a camera; false when there was none. */
    boolean delete(String code);
}
