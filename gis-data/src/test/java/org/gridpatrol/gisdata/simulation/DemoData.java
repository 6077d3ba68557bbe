package org.gridpatrol.gisdata.simulation;

import java.util.List;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.Size;

/** The demo dataset with its default checkpoints and units, generated once per test JVM. */
final class DemoData {

    static final long SEED = GisDataset.DEFAULT_SEED;

    private static DatasetIndex index;
    private static List<SeedCheckpoint> checkpoints;
    private static List<SimUnit> units;

    private DemoData() {
    }

    static synchronized DatasetIndex index() {
        if (index == null) {
            index = DatasetIndex.of(GisDataset.generate(Size.DEMO, SEED));
        }
        return index;
    }

    static synchronized List<SeedCheckpoint> checkpoints() {
        if (checkpoints == null) {
            checkpoints = CheckpointGenerator.generate(index(), CheckpointGenerator.countFor(Size.DEMO), SEED);
        }
        return checkpoints;
    }

    static synchronized List<SimUnit> units() {
        if (units == null) {
            units = UnitsGenerator.generate(index(), UnitCounts.forSize(Size.DEMO), SEED);
        }
        return units;
    }
}
