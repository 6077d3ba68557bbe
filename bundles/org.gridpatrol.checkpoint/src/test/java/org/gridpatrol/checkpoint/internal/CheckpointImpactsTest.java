package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.ChangedUnit;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints in the real register whose micro-grid an edit of the boundary between west and east changes. */
class CheckpointImpactsTest {

    @TempDir
    Path folder;

    @Test
    void reportsOnlyTheCheckpointsThatChangeMicroGrid() throws Exception {
        try (Capability capability = new Capability(TestStores.h2gis(folder))) {
            capability.checkpoints.save(List.of(Shapes.circle("KD-STAYS", 100),
                    Shapes.circle("KD-MOVES", 120.54, 27.75, 50)));
            // the shared boundary moves west from 120.55 to 120.53: the checkpoint at 120.54 ends up in the east
            GridChange change = new GridChange(List.of(
                    new ChangedUnit(Territory.WEST_MICRO, AdminLevel.MICRO_GRID, Territory.box(120.5, 27.7, 120.55, 27.8),
                            Territory.box(120.5, 27.7, 120.53, 27.8)),
                    new ChangedUnit(Territory.EAST_MICRO, AdminLevel.MICRO_GRID, Territory.box(120.55, 27.7, 120.6, 27.8),
                            Territory.box(120.53, 27.7, 120.6, 27.8))),
                    new Territory(capability.store.store()).locator);

            List<ImpactedItem> impacted = new CheckpointImpacts(capability.checkpoints).impacted(change);

            assertThat(impacted).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo("checkpoint");
                assertThat(item.id()).isEqualTo("KD-MOVES");
                assertThat(item.lon()).isEqualTo(120.54);
                assertThat(item.gridBefore()).isEqualTo(Territory.WEST_MICRO);
                assertThat(item.gridAfter()).isEqualTo(Territory.EAST_MICRO);
                assertThat(item.needsReassignment()).isFalse();
            });
        }
    }
}
