package org.gridpatrol.video.api;

import java.util.List;

/**
 * Finds people in a frame. Implementations are whiteboard services with the service property
 * {@link #NAME}; a camera selects one by that name. They must be safe for concurrent use from one
 * worker thread per camera.
 */
public interface PersonDetector {

    /** Service property: the name cameras use to select this detector, e.g. {@code hog}, {@code dnn}. */
    String NAME = "gridpatrol.detector";

    List<Detection> detect(VideoFrame frame);
}
