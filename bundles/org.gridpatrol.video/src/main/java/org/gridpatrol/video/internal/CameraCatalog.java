package org.gridpatrol.video.internal;

import java.util.List;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.VideoInputException;

/** The register as this bundle's endpoints and importer use it: with an all-or-nothing batch save. */
interface CameraCatalog extends CameraRegistry {

    /**
     * Validates every camera, then stores them all in one transaction.
     *
     * @throws VideoInputException for the first camera refused; nothing is stored
     */
    List<Camera> saveAll(List<Camera> cameras) throws VideoInputException;
}
