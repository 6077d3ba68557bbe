package org.gridpatrol.tracking.internal.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/** Grid units as fences, over the demo hierarchy in a real grid register. */
class GridFenceSourceTest {

    @TempDir
    static Path folder;
    private static DemoGrid grid;

    private final RecordingEventAdmin events = new RecordingEventAdmin();

    @BeforeAll
    static void load() throws Exception {
        grid = new DemoGrid(folder);
    }

    @AfterAll
    static void close() {
        grid.close();
    }

    @Test
    void byDefaultEveryGridAndMicroGridIsAFenceNamedAfterItsUnit() {
        Collection<Fence> fences = source(Map.of()).fences();

        List<GisFeature> expected = new java.util.ArrayList<>(grid.level(AdminLevel.GRID));
        expected.addAll(grid.level(AdminLevel.MICRO_GRID));
        assertThat(fences).hasSize(60 + 360).hasSize(expected.size());
        assertThat(fences).extracting(Fence::id).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(feature -> "grid:" + feature.code()).toList());
        GisFeature micro = grid.level(AdminLevel.MICRO_GRID).get(0);
        Fence fence = fences.stream().filter(f -> f.id().equals("grid:" + micro.code())).findFirst().orElseThrow();
        assertThat(fence.name()).isEqualTo(micro.name());
        assertThat(fence.source()).isEqualTo(Fence.GRID);
        assertThat(fence.area().equalsExact(micro.geometry(), 1e-7)).isTrue();
    }

    @Test
    void levelsAreConfigurableByEnumNameOrId() {
        assertThat(source(Map.of("levels", new String[] {"MICRO_GRID"})).fences()).hasSize(360);
        assertThat(source(Map.of("levels", new String[] {"community", "grid"})).fences()).hasSize(20 + 60);
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> source(Map.of("levels", new String[] {"GRID", "BLOCK"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels: unknown level 'BLOCK'");
        assertThatThrownBy(() -> source(Map.of("levels", new String[0])))
                .hasMessageContaining("levels: no level given");
    }

    @Test
    void aGridChangeIsPassedOnAsAFenceSourceChange() {
        GridFenceSource source = source(Map.of());
        source.handleEvent(new Event(GridUnits.TOPIC_CHANGED, Map.of("codes", new String[] {"330381001"})));

        assertThat(events.events(FenceSource.TOPIC_CHANGED)).singleElement()
                .satisfies(event -> assertThat(event.getProperty("source")).isEqualTo("grid"));
        assertThat(source.source()).isEqualTo(Fence.GRID);
    }

    private GridFenceSource source(Map<String, Object> config) {
        return new GridFenceSource(grid.units, events, Configs.of(GridFencesConfig.class, config));
    }
}
