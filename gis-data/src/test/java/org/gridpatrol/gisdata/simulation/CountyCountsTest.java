package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.junit.jupiter.api.Test;

/**
 * The county counts (800 checkpoints, 31,000 patrollers), generated on the demo dataset: generating the
 * county dataset itself takes 10-45 s on the build machine, and the counting logic does not depend on it.
 */
class CountyCountsTest {

    private final DatasetIndex dataset = DemoData.index();

    @Test
    void eightHundredCheckpointsAllInsideTheCountyWithUniqueNames() {
        List<SeedCheckpoint> checkpoints = CheckpointGenerator.generate(dataset,
                CheckpointGenerator.countFor(Size.COUNTY), DemoData.SEED);
        assertThat(checkpoints).hasSize(800);
        assertThat(checkpoints).filteredOn(c -> c.level() == SeedCheckpoint.Level.COUNTY).hasSize(40);
        assertThat(checkpoints).filteredOn(c -> c.level() == SeedCheckpoint.Level.BUILDING).hasSize(280);
        assertThat(checkpoints).allSatisfy(checkpoint -> assertThat(
                dataset.inCounty(Geometries.FACTORY.createPoint(checkpoint.location()))).isTrue());
        assertThat(checkpoints.stream().map(SeedCheckpoint::name).distinct().count()).isEqualTo(800);
        assertThat(checkpoints.get(799).code()).isEqualTo("CP0800");
    }

    @Test
    void thirtyOneThousandPatrollersOnGridsOfTheDatasetWithUniqueDevices() {
        UnitCounts counts = UnitCounts.forSize(Size.COUNTY);
        List<SimUnit> units = UnitsGenerator.generate(dataset, counts, DemoData.SEED);
        assertThat(units).filteredOn(unit -> unit.kind() == Kind.PATROLLER).hasSize(31_000);
        assertThat(units).hasSize(31_220).hasSize(counts.total());
        assertThat(units).allSatisfy(unit -> assertThat(dataset.find(unit.homeGridCode()))
                .hasValueSatisfying(grid -> assertThat(grid.level()).isEqualTo(Level.GRID.id())));
        assertThat(units.stream().map(SimUnit::deviceId).distinct().count()).isEqualTo(31_220);
        assertThat(units.stream().map(SimUnit::phone).distinct().count()).isEqualTo(31_220);
        assertThat(units.get(30_999).code()).isEqualTo("P31000");
    }
}
