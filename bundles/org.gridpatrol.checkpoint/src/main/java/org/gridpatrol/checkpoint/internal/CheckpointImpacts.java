package org.gridpatrol.checkpoint.internal;

import java.util.List;
import java.util.Optional;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.ImpactedItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The checkpoints a grid edit moves to another micro-grid (or deepest unit), by their location, for the edit's
 * impact report. Their grid is computed on read from the locator, so after the save they follow by themselves.
 */
@Component(service = ImpactSource.class)
public class CheckpointImpacts implements ImpactSource {

    static final String KIND = "checkpoint";

    private final Checkpoints checkpoints;

    @Activate
    public CheckpointImpacts(@Reference Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImpactedItem> impacted(GridChange change) {
        return checkpoints.list(null).stream()
                .map(checkpoint -> change.point(KIND, checkpoint.code(), checkpoint.name(),
                        checkpoint.location().getX(), checkpoint.location().getY()))
                .flatMap(Optional::stream).toList();
    }
}
