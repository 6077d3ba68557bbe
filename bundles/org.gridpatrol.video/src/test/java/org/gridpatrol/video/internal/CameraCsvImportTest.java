package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.VideoInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraCsvImportTest {

    static final String HEADER = "code,name,type,lon,lat,heading,fov,range,height,main_url,sub_url\n";
    static final String GOOD = HEADER
            + "RA-AY-001,安阳街道万松路口,枪机,120.52,27.75,90,60,80,6,rtsp://192.0.2.11/ch1,rtsp://192.0.2.11/ch2\n"
            + "RA-AY-002,\"安阳街道虹桥路, 菜市场\",球机,120.57,27.75,200,55,70,7,rtsp://192.0.2.12/ch1,\n";
    static final String MIXED = GOOD
            + "RA-AY-003,坏的朝向,fixed,120.52,27.75,370,60,80,6,rtsp://192.0.2.13/ch1,\n"
            + "RA-AY-004,坏的地址,fixed,120.52,27.75,90,60,80,6,ftp://192.0.2.14/ch1,\n"
            + "RA-AY-001,重复的编号,fixed,120.52,27.75,90,60,80,6,rtsp://192.0.2.15/ch1,\n"
            + "RA-AY-005,没有经度,fixed,,27.75,90,60,80,6,rtsp://192.0.2.16/ch1,\n"
            + "RA-AY-006,未知类型,卡口,120.52,27.75,90,60,80,6,rtsp://192.0.2.17/ch1,\n";

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static JdbcCameraRegistry registry;
    private static CameraCsvImport importer;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        registry = new JdbcCameraRegistry(store.store(), new Territory(store.store()).locator, new RecordingEventAdmin());
        importer = new CameraCsvImport(registry);
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

    private static byte[] withBom(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    @Test
    void aDryRunReportsEachRowAndStoresNothing() throws Exception {
        for (byte[] csv : List.of(MIXED.getBytes(StandardCharsets.UTF_8), withBom(MIXED),
                MIXED.getBytes(Charset.forName("GBK")))) {
            ImportReport report = importer.run(csv, false);

            assertThat(report.accepted()).containsExactly("RA-AY-001", "RA-AY-002");
            assertThat(report.rejected()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::field)
                    .containsExactly(tuple(4, "heading"),
                            tuple(5, "main_url"),
                            tuple(6, "code"),
                            tuple(7, "lon"),
                            tuple(8, "type"));
            assertThat(report.rejected().get(2).reason()).contains("line 2");
            assertThat(report.committed()).isFalse();
            assertThat(registry.list()).isEmpty();
        }
    }

    @Test
    void aCommitStoresTheAcceptedRowsWithTheirChineseNames() throws Exception {
        for (byte[] csv : List.of(MIXED.getBytes(StandardCharsets.UTF_8), withBom(MIXED),
                MIXED.getBytes(Charset.forName("GBK")))) {
            empty();

            ImportReport report = importer.run(csv, true);

            assertThat(report.committed()).isTrue();
            assertThat(registry.list()).extracting(Camera::code).containsExactly("RA-AY-001", "RA-AY-002");
            Camera first = registry.find("RA-AY-001").orElseThrow();
            Camera second = registry.find("RA-AY-002").orElseThrow();
            assertThat(first.name()).isEqualTo("安阳街道万松路口");
            assertThat(first.type()).isEqualTo(CameraType.FIXED);
            assertThat(first.subStreamUrl()).isEqualTo("rtsp://192.0.2.11/ch2");
            assertThat(first.gridCode()).isEqualTo(Territory.WEST_MICRO);
            assertThat(first.detector()).isEqualTo("hog");
            assertThat(first.enabled()).isTrue();
            assertThat(second.name()).isEqualTo("安阳街道虹桥路, 菜市场");
            assertThat(second.type()).isEqualTo(CameraType.PTZ);
            assertThat(second.subStreamUrl()).isNull();
            assertThat(second.gridCode()).isEqualTo(Territory.EAST_MICRO);
            assertThat(second.headingDeg()).isEqualTo(200);
        }
    }

    @Test
    void reimportingACameraKeepsItsZonesAndCalibration() throws Exception {
        Camera zoned = registry.save(Cameras.with(Cameras.fixed("RA-AY-001"), c -> c.detector("dnn").fps(5)
                .calibration(Cameras.calibration(120.52, 27.75))));

        importer.run(GOOD.getBytes(StandardCharsets.UTF_8), true);

        Camera reimported = registry.find("RA-AY-001").orElseThrow();
        assertThat(reimported.name()).isEqualTo("安阳街道万松路口");
        assertThat(reimported.zones()).isEqualTo(zoned.zones()).isNotEmpty();
        assertThat(reimported.calibration()).isEqualTo(zoned.calibration()).isNotEmpty();
        assertThat(reimported.detector()).isEqualTo("dnn");
        assertThat(reimported.analysisFps()).isEqualTo(5);
    }

    @Test
    void optionalColumnsSetDetectorRateAndSwitch() throws Exception {
        String csv = "name,code,type,lon,lat,heading,fov,range,height,main_url,enabled,analysis_fps,detector\n"
                + "无人机1号,UAV-01,无人机,120.52,27.75,0,84,150,0,rtsp://192.0.2.51/live,否,4,dnn\n";

        importer.run(csv.getBytes(StandardCharsets.UTF_8), true);

        Camera drone = registry.find("UAV-01").orElseThrow();
        assertThat(drone.type()).isEqualTo(CameraType.DRONE);
        assertThat(drone.enabled()).isFalse();
        assertThat(drone.analysisFps()).isEqualTo(4);
        assertThat(drone.detector()).isEqualTo("dnn");
        assertThat(drone.subStreamUrl()).isNull();
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        for (String csv : List.of("", "code,name\nA,B\n", HEADER.replace("heading", "bearing") + "x\n",
                HEADER.trim() + ",code\n")) {
            assertThatThrownBy(() -> importer.run(csv.getBytes(StandardCharsets.UTF_8), true)).as(csv)
                    .isInstanceOfSatisfying(VideoInputException.class, refused -> assertThat(refused.field()).isEqualTo("header"));
        }
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void aCommitWithNothingAcceptedStoresNothing() throws Exception {
        ImportReport report = importer.run((HEADER + "bad code,名,fixed,120.52,27.75,90,60,80,6,rtsp://h/a,\n")
                .getBytes(StandardCharsets.UTF_8), true);

        assertThat(report.accepted()).isEmpty();
        assertThat(report.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isEqualTo(2);
            assertThat(rejection.field()).isEqualTo("code");
        });
        assertThat(report.committed()).isFalse();
        assertThat(registry.list()).isEmpty();
    }
}
