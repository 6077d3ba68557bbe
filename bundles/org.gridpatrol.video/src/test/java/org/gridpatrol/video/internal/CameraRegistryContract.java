package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.api.Zone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link JdbcCameraRegistry} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CameraRegistryContract {

    private TestStores.OpenStore openStore;
    private Territory territory;
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private JdbcCameraRegistry registry;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        openStore = openStore();
        territory = new Territory(openStore.store());
        registry = new JdbcCameraRegistry(openStore.store(), territory.locator, events);
    }

    @AfterAll
    void close() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM camera");
        }
        events.clear();
    }

    @Test
    void storesEveryFieldAndReadsItBack() throws Exception {
        Camera camera = Cameras.with(Cameras.fixed("RA-AY-001"), c -> c.type(CameraType.PTZ).heading(359.5).fov(360)
                .range(12.5).height(0).detector("dnn").fps(30).enabled(false)
                .calibration(Cameras.calibration(Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT)).subUrl(null));

        Camera saved = registry.save(camera);

        assertThat(registry.find("RA-AY-001")).contains(saved);
        assertThat(saved).usingRecursiveComparison().ignoringFields("gridCode").isEqualTo(camera);
        assertThat(saved.zones()).isEqualTo(camera.zones());
        assertThat(saved.calibration()).isEqualTo(camera.calibration());
        assertThat(saved.subStreamUrl()).isNull();
    }

    @Test
    void aCamerasGridFollowsTheLocatorAfterABoundaryChange() throws Exception {
        registry.save(Cameras.fixed("moved"));
        assertThat(registry.find("moved").orElseThrow().gridCode()).isEqualTo(Territory.WEST_MICRO);

        // The same store read through a locator that now puts the camera's place in the bare town.
        var bareTown = territory.locator.locate(Territory.IN_TOWN_LON, Territory.IN_TOWN_LAT).orElseThrow();
        JdbcCameraRegistry afterEdit = new JdbcCameraRegistry(openStore.store(), (lon, lat) -> Optional.of(bareTown),
                events);
        assertThat(afterEdit.find("moved").orElseThrow().gridCode()).isEqualTo(Territory.BARE_TOWN);
        assertThat(afterEdit.list()).extracting(Camera::gridCode).containsOnly(Territory.BARE_TOWN);
    }

    @Test
    void assignsTheDeepestUnitAtTheCameraAndNoneOutside() throws Exception {
        Camera inMicroGrid = registry.save(Cameras.with(Cameras.fixed("a"), c -> c.grid("999")));
        Camera inTownOnly = registry.save(Cameras.with(Cameras.fixed("b"),
                c -> c.lon(Territory.IN_TOWN_LON).lat(Territory.IN_TOWN_LAT)));
        Camera outside = registry.save(Cameras.with(Cameras.fixed("c"), c -> c.lon(121.5).lat(28.5)));

        assertThat(inMicroGrid.gridCode()).isEqualTo(Territory.WEST_MICRO);
        assertThat(inTownOnly.gridCode()).isEqualTo(Territory.BARE_TOWN);
        assertThat(outside.gridCode()).isNull();
        assertThat(registry.find("a").orElseThrow().gridCode()).isEqualTo(Territory.WEST_MICRO);
        assertThat(registry.find("c").orElseThrow().gridCode()).isNull();
    }

    @Test
    void movingACameraMovesItsGrid() throws Exception {
        registry.save(Cameras.fixed("m"));

        Camera moved = registry.save(Cameras.with(Cameras.fixed("m"), c -> c.lon(120.57).name("moved")));

        assertThat(moved.gridCode()).isEqualTo(Territory.EAST_MICRO);
        assertThat(registry.list()).containsExactly(moved);
    }

    @Test
    void listsByCodeDeletesAndPostsEachChange() throws Exception {
        registry.save(Cameras.fixed("z-2"));
        registry.save(Cameras.fixed("a-1"));

        assertThat(registry.list()).extracting(Camera::code).containsExactly("a-1", "z-2");
        assertThat(registry.delete("a-1")).isTrue();
        assertThat(registry.delete("a-1")).isFalse();
        assertThat(registry.delete(null)).isFalse();
        assertThat(registry.list()).extracting(Camera::code).containsExactly("z-2");
        assertThat(events.events()).allSatisfy(event -> assertThat(event.getTopic()).isEqualTo(CameraRegistry.TOPIC_CHANGED))
                .extracting(event -> event.getProperty("code")).containsExactly("z-2", "a-1", "a-1");
    }

    @Test
    void findToleratesCodesThatCannotExist() {
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.find("x'; DROP TABLE camera; --")).isEmpty();
    }

    static Stream<Arguments> refused() {
        List<ImagePoint> bowTie = List.of(new ImagePoint(0, 0), new ImagePoint(100, 100), new ImagePoint(100, 0),
                new ImagePoint(0, 100));
        List<PointPair> collinear = List.of(new PointPair(0, 0, 120.52, 27.75), new PointPair(10, 10, 120.521, 27.751),
                new PointPair(20, 20, 120.522, 27.752), new PointPair(30, 30, 120.523, 27.753));
        return Stream.of(
                refusal("code", c -> c.code("has space")),
                refusal("code", c -> c.code("")),
                refusal("code", c -> c.code("x".repeat(65))),
                refusal("code", c -> c.code("import")),
                refusal("name", c -> c.name(" ")),
                refusal("type", c -> c.type(null)),
                refusal("lon", c -> c.lon(180.5)),
                refusal("lon", c -> c.lon(Double.NaN)),
                refusal("lat", c -> c.lat(-90.01)),
                refusal("headingDeg", c -> c.heading(360)),
                refusal("headingDeg", c -> c.heading(-0.1)),
                refusal("fieldOfViewDeg", c -> c.fov(0)),
                refusal("fieldOfViewDeg", c -> c.fov(360.1)),
                refusal("rangeMetres", c -> c.range(0)),
                refusal("rangeMetres", c -> c.range(Double.POSITIVE_INFINITY)),
                refusal("mountingHeightMetres", c -> c.height(-1)),
                refusal("mainStreamUrl", c -> c.mainUrl(null)),
                refusal("mainStreamUrl", c -> c.mainUrl("ftp://192.0.2.1/a.mp4")),
                refusal("mainStreamUrl", c -> c.mainUrl("rtsp://")),
                refusal("mainStreamUrl", c -> c.mainUrl("rtsp://host/with space")),
                refusal("mainStreamUrl", c -> c.mainUrl("relative/file.avi")),
                refusal("subStreamUrl", c -> c.subUrl("udp:1234")),
                refusal("detector", c -> c.detector("")),
                refusal("analysisFps", c -> c.fps(0)),
                refusal("analysisFps", c -> c.fps(30.5)),
                refusal("zones[0].polygon", c -> c.zones(List.of(new Zone("z", "bow tie", bowTie, 3, 5, 0, 0, 0)))),
                refusal("zones[1].id", c -> c.zones(List.of(Cameras.square("same"), Cameras.square("same")))),
                refusal("calibration", c -> c.calibration(collinear)),
                refusal("calibration", c -> c.calibration(collinear.subList(0, 3))));
    }

    private static Arguments refusal(String field, UnaryOperator<Cameras.Builder> change) {
        return Arguments.of(field, Cameras.with(Cameras.fixed("refused"), change));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void refusesInvalidCamerasNamingTheFieldAndStoresNothing(String field, Camera camera) {
        assertThatThrownBy(() -> registry.save(camera))
                .isInstanceOfSatisfying(VideoInputException.class, refused -> assertThat(refused.field()).startsWith(field));
        assertThat(registry.list()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void acceptsEveryStreamKindFfmpegOpens() throws Exception {
        List<String> urls = List.of("rtsp://admin:pass@192.0.2.1:554/Streaming/Channels/101", "rtsps://cam.example/live",
                "http://192.0.2.2:8080/video.mjpg", "https://cdn.example/live/index.m3u8", "udp://@:1234",
                "udp://239.0.0.1:1234?fifo_size=100000", "rtp://192.0.2.3:5004", "file:///srv/video/vtest.avi",
                "/srv/video/录像.avi");
        for (String url : urls) {
            registry.save(Cameras.with(Cameras.fixed("u" + urls.indexOf(url)), c -> c.mainUrl(url)));
        }
        assertThat(registry.list()).extracting(Camera::mainStreamUrl).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void aBatchWithOneBadCameraStoresNone() {
        Camera good = Cameras.fixed("good");
        Camera bad = Cameras.with(Cameras.fixed("bad"), c -> c.fps(-1));

        assertThatThrownBy(() -> registry.saveAll(List.of(good, bad)))
                .isInstanceOfSatisfying(VideoInputException.class, refused -> assertThat(refused.field()).isEqualTo("analysisFps"));
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void aBatchIsStoredTogether() throws Exception {
        List<Camera> saved = registry.saveAll(List.of(Cameras.fixed("one"), Cameras.fixed("two")));

        assertThat(saved).extracting(Camera::gridCode).containsOnly(Territory.WEST_MICRO);
        assertThat(registry.list()).containsExactlyElementsOf(saved);
    }
}
