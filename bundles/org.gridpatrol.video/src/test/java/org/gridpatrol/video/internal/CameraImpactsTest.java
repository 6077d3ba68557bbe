package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.ChangedUnit;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cameras in the real register whose micro-grid an edit of the boundary between west and east changes. */
class CameraImpactsTest {

    @TempDir
    Path folder;

    @Test
    void reportsOnlyTheCamerasThatChangeMicroGrid() throws Exception {
        try (TestStores.OpenStore store = TestStores.h2gis(folder)) {
            Territory territory = new Territory(store.store());
            JdbcCameraRegistry registry = new JdbcCameraRegistry(store.store(), territory.locator,
                    new RecordingEventAdmin());
            registry.save(Cameras.fixed("STAYS"));
            registry.save(Cameras.with(Cameras.fixed("MOVES"), c -> c.lon(120.54).lat(27.75)));
            // the shared boundary moves west from 120.55 to 120.53: the camera at 120.54 ends up in the east
            GridChange change = new GridChange(List.of(
                    new ChangedUnit(Territory.WEST_MICRO, AdminLevel.MICRO_GRID, Territory.box(120.5, 27.7, 120.55, 27.8),
                            Territory.box(120.5, 27.7, 120.53, 27.8)),
                    new ChangedUnit(Territory.EAST_MICRO, AdminLevel.MICRO_GRID, Territory.box(120.55, 27.7, 120.6, 27.8),
                            Territory.box(120.53, 27.7, 120.6, 27.8))), territory.locator);

            List<ImpactedItem> impacted = new CameraImpacts(registry).impacted(change);

            assertThat(impacted).containsExactly(new ImpactedItem("camera", "MOVES", "安阳街道万松路口 MOVES", 120.54, 27.75,
                    Territory.WEST_MICRO, Territory.EAST_MICRO, false));
        }
    }
}
