package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.IndexedGridLocator;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo camera seed, over the Rui'an demo hierarchy the distribution ships. */
class CameraSeedTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static JdbcCameraRegistry registry;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder.resolve("store"));
        JdbcGridUnits units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), new RecordingEventAdmin(),
                Configs.of(GridUnitsConfig.class, Map.of()));
        units.save(GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED).stream().map(CameraSeedTest::unit).toList());
        registry = new JdbcCameraRegistry(store.store(), new IndexedGridLocator(units), new RecordingEventAdmin());
    }

    private static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null ? null : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM camera");
        }
    }

    private static CameraSeedConfig config(boolean enabled, String file) {
        return Configs.of(CameraSeedConfig.class, Map.of("enabled", enabled, "file", file));
    }

    @Test
    void anEmptyRegisterGetsTheBuiltInDemoCamerasEachInAMicroGrid() {
        Path karafHome = folder.resolve("karaf");

        new CameraSeed(registry, config(true, "${karaf.home}/video/demo-cameras.csv"), karafHome.toString());

        assertThat(registry.list()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(camera -> {
            assertThat(camera.gridCode()).as(camera.code() + " " + camera.name()).hasSize(18);
            assertThat(camera.name()).doesNotContain("?");
        });
        Camera fileCamera = registry.list().stream().filter(Camera::enabled).findFirst().orElseThrow();
        assertThat(fileCamera.mainStreamUrl()).isEqualTo(karafHome.toAbsolutePath().resolve("video/vtest.avi").toString());
        assertThat(registry.list()).extracting(Camera::type).contains(CameraType.FIXED, CameraType.PTZ, CameraType.DRONE);
        assertThat(registry.list()).extracting(Camera::name).contains("安阳街道万松路口");
    }

    @Test
    void aConfiguredFileWinsAndMayBeGbk() throws Exception {
        Path file = Files.write(folder.resolve("mine.csv"), (CameraCsvImportTest.HEADER
                + "MY-1,飞云街道测试点,fixed,120.65,27.755,0,60,50,5,${karaf.home}/video/mine.mp4,\n")
                .getBytes(Charset.forName("GBK")));

        new CameraSeed(registry, config(true, file.toString()), "/opt/karaf");

        assertThat(registry.list()).singleElement().satisfies(camera -> {
            assertThat(camera.name()).isEqualTo("飞云街道测试点");
            assertThat(camera.mainStreamUrl()).isEqualTo("/opt/karaf/video/mine.mp4");
            assertThat(camera.gridCode()).startsWith("330381008");
        });
    }

    @Test
    void aRegisterWithCamerasOrADisabledSeedIsLeftAlone() throws Exception {
        new CameraSeed(registry, config(false, "${karaf.home}/video/demo-cameras.csv"), folder.toString());
        assertThat(registry.list()).isEmpty();

        registry.save(Cameras.with(Cameras.fixed("MINE"), c -> c.lon(120.6370).lat(27.7760)));
        new CameraSeed(registry, config(true, "${karaf.home}/video/demo-cameras.csv"), folder.toString());
        assertThat(registry.list()).extracting(Camera::code).containsExactly("MINE");
    }
}
