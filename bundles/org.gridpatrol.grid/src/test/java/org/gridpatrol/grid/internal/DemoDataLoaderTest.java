package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GeoJsonWriter;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataLoaderTest {

    @TempDir
    Path folder;

    private TestStores.OpenStore store;
    private RecordingEventAdmin events;
    private JdbcGridUnits units;
    private final JacksonGeoJsonCodec codec = new JacksonGeoJsonCodec();

    @BeforeEach
    void openStore() {
        store = TestStores.h2gis(folder.resolve("store"));
        events = new RecordingEventAdmin();
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events, GridUnitsContract.tolerance(0.05));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void loadsTheDemoFileIntoAnEmptyStore() throws Exception {
        Path file = writeDemo();
        List<GridUnit> expected = Datasets.units(Size.DEMO);

        new DemoDataLoader(units, codec, config(file.toString(), true));

        assertThat(units.count()).isEqualTo(expected.size());
        assertThat(events.events()).hasSize(1);
        GridUnit last = expected.get(expected.size() - 1);
        GridUnit stored = units.find(last.code()).orElseThrow();
        assertThat(stored.worker()).isEqualTo(last.worker());
        assertThat(stored.geometry().equalsExact(last.geometry(), 1e-9)).isTrue();
    }

    @Test
    void leavesAStoreWithUnitsAlone() throws Exception {
        Path file = writeDemo();
        new DemoDataLoader(units, codec, config(file.toString(), true));
        List<GridUnit> before = units.query(new GridQuery(null, null, null, null, 0, Integer.MAX_VALUE)).units();

        new DemoDataLoader(units, codec, config(file.toString(), true));

        assertThat(events.events()).hasSize(1);
        assertThat(units.query(new GridQuery(null, null, null, null, 0, Integer.MAX_VALUE)).units()).isEqualTo(before);
    }

    @Test
    void aMissingFileOnlyLeavesTheStoreEmpty() {
        new DemoDataLoader(units, codec, config(folder.resolve("absent.geojson").toString(), true));

        assertThat(units.count()).isZero();
    }

    @Test
    void doesNothingWhenDisabled() throws Exception {
        new DemoDataLoader(units, codec, config(writeDemo().toString(), false));

        assertThat(units.count()).isZero();
    }

    @Test
    void aBrokenFileStoresNothing() throws Exception {
        Path notJson = Files.writeString(folder.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\", \"feat");
        Path badGeometry = Files.writeString(folder.resolve("bad.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "properties": {"code": "330381", "name": "瑞安市", "level": "county"},
                  "geometry": {"type": "Polygon", "coordinates": [[[120, 27], [121, 28], [121, 27], [120, 28], [120, 27]]]}}]}
                """);

        assertThat(DemoDataLoader.load(units, codec, notJson)).isZero();
        assertThat(DemoDataLoader.load(units, codec, badGeometry)).as("self-intersecting county").isZero();
        assertThat(units.count()).isZero();
    }

    @Test
    void readsPolygonFeaturesAsMultiPolygons() throws Exception {
        Path single = Files.writeString(folder.resolve("single.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "properties": {"code": "330381", "name": "瑞安市", "level": "county", "parent": null},
                  "geometry": {"type": "Polygon", "coordinates": [[[120, 27], [121, 27], [121, 28], [120, 28], [120, 27]]]}}]}
                """);

        assertThat(DemoDataLoader.load(units, codec, single)).isEqualTo(1);
        assertThat(units.find("330381").orElseThrow().geometry().getNumGeometries()).isEqualTo(1);
    }

    @Test
    void resolvesKarafHomeAndRefusesAnEmptyFileSetting() {
        assertThat(DemoDataLoader.resolve("${karaf.home}/gis-data/rui-an-demo.geojson", "/opt/karaf"))
                .isEqualTo(Path.of("/opt/karaf/gis-data/rui-an-demo.geojson"));
        assertThatThrownBy(() -> new DemoDataLoader(units, codec, config(" ", true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path writeDemo() throws Exception {
        Path file = folder.resolve("rui-an-demo.geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GeoJsonWriter().write(GisDataset.generate(Size.DEMO, Datasets.SEED), out);
        }
        return file;
    }

    private static DemoDataConfig config(String file, boolean enabled) {
        return Configs.of(DemoDataConfig.class, java.util.Map.of("file", file, "enabled", enabled));
    }
}
