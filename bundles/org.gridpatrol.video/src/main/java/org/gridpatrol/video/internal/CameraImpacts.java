package org.gridpatrol.video.internal;

import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.video.api.CameraRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The cameras a grid edit moves to another micro-grid (or deepest unit), for the edit's impact report. */
@Component(service = ImpactSource.class)
public class CameraImpacts implements ImpactSource {

    static final String KIND = "camera";

    private final CameraRegistry cameras;

    @Activate
    public CameraImpacts(@Reference CameraRegistry cameras) {
        this.cameras = cameras;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImpactedItem> impacted(GridChange change) {
        return cameras.list().stream()
                .map(camera -> change.point(KIND, camera.code(), camera.name(), camera.lon(), camera.lat()))
                .flatMap(Optional::stream).toList();
    }
}
