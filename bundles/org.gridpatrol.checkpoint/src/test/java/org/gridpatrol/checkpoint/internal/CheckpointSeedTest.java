package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.IndexedGridLocator;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo checkpoints, loaded over the committed demo hierarchy of Rui'an. */
class CheckpointSeedTest {

    static final Path DEMO_FILE = Path.of("../../gis-data/demo/checkpoints.geojson");

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static IndexedGridLocator locator;
    private static JdbcCheckpoints checkpoints;
    private static final JacksonGeoJsonCodec CODEC = new JacksonGeoJsonCodec();

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        JdbcGridUnits units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), new RecordingEventAdmin(),
                Configs.of(GridUnitsConfig.class, Map.of()));
        units.save(GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED).stream().map(CheckpointSeedTest::unit).toList());
        locator = new IndexedGridLocator(units);
        checkpoints = new JdbcCheckpoints(store.store(), locator, new JtsGeometryValidator(),
                new GaussKrugerMeasurement(), new RecordingEventAdmin());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static GridUnit unit(GisFeature feature) {
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), null);
    }

    @Test
    void theDemoCheckpointsLoadOnceIntoAnEmptyRegister() {
        assertThat(Files.isRegularFile(DEMO_FILE)).isTrue();
        CheckpointSeedConfig config = Configs.of(CheckpointSeedConfig.class,
                Map.of("checkpointsFile", DEMO_FILE.toAbsolutePath().toString()));

        new CheckpointSeed(checkpoints, CODEC, config);
        List<Checkpoint> loaded = checkpoints.list(null);
        assertThat(loaded).hasSize(12);
        assertThat(loaded).allSatisfy(checkpoint -> {
            assertThat(checkpoint.code()).startsWith("KD-");
            assertThat(checkpoint.gridCode()).as(checkpoint.code()).hasSize(18);
            assertThat(checkpoint.fence().covers(checkpoint.location())).as(checkpoint.code()).isTrue();
        });
        Map<CheckpointLevel, Long> perLevel = loaded.stream()
                .collect(Collectors.groupingBy(Checkpoint::level, Collectors.counting()));
        assertThat(perLevel).containsEntry(CheckpointLevel.COUNTY, 2L).containsEntry(CheckpointLevel.TOWN, 5L)
                .containsEntry(CheckpointLevel.VILLAGE, 4L).containsEntry(CheckpointLevel.BUILDING, 1L);
        assertThat(loaded).filteredOn(checkpoint -> checkpoint.level() == CheckpointLevel.COUNTY)
                .allSatisfy(road -> assertThat(road.shape()).isEqualTo(FenceShape.CORRIDOR));

        // Town checkpoints stand on a boundary between two towns: their circle reaches into both.
        Checkpoint tangxia = checkpoints.find("KD-TOWN-001").orElseThrow();
        assertThat(tangxia.name()).isEqualTo("塘下镇入口卡点");
        assertThat(townsTouchedBy(tangxia)).containsExactlyInAnyOrder("330381001", "330381101");

        checkpoints.delete("KD-TOWN-001");
        new CheckpointSeed(checkpoints, CODEC, config);
        assertThat(checkpoints.count()).isEqualTo(11);
    }

    @Test
    void aMissingFileLoadsNothing() {
        assertThat(CheckpointSeed.load(checkpoints, CODEC, folder.resolve("none.geojson"))).isZero();
    }

    private static List<String> townsTouchedBy(Checkpoint checkpoint) {
        return java.util.Arrays.stream(checkpoint.fence().getCoordinates())
                .map(vertex -> locator.locate(vertex.x, vertex.y).flatMap(chain -> chain.at(AdminLevel.TOWN)))
                .flatMap(java.util.Optional::stream).map(GridUnit::code).distinct().toList();
    }

}
