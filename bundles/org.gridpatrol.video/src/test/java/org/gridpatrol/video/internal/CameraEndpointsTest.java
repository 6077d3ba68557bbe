package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.video.analysis.GroundProjection;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** The camera endpoints over a real register in H2GIS, called as the web bundle calls them. */
class CameraEndpointsTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static JdbcCameraRegistry registry;
    private CamerasEndpoint list;
    private CamerasEndpoint one;
    private CameraImportEndpoint csv;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder);
        registry = new JdbcCameraRegistry(store.store(), new Territory(store.store()).locator, new RecordingEventAdmin());
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
        list = new CamerasEndpoint(registry);
        one = list; // one endpoint serves the collection and each camera
        csv = new CameraImportEndpoint(registry);
    }

    private static String body(Camera camera) throws Exception {
        return Requests.toJson(camera);
    }

    private static void assertProblem(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
            assertThat(problem.field()).isEqualTo(field);
        });
    }

    @Test
    void anAdminCreatesReadsChangesAndDeletesACamera() throws Exception {
        ApiResponse created = list.handle(Requests.request("POST", "", "admin", body(Cameras.fixed("RA-1"))));
        JsonNode read = Requests.json(one.handle(Requests.getAs("/RA-1", "patrol-operator")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers()).containsEntry("Location", "/api/v1/cameras/RA-1");
        assertThat(read.get("code").asText()).isEqualTo("RA-1");
        assertThat(read.get("name").asText()).isEqualTo(Cameras.fixed("RA-1").name());
        assertThat(read.get("gridCode").asText()).isEqualTo(Territory.WEST_MICRO);
        assertThat(read.at("/zones/0/polygon/1/x").asDouble()).isEqualTo(400);
        assertThat(read.get("health").isNull()).isTrue();
        assertThat(read.at("/footprint/type").asText()).isEqualTo("Polygon");

        String changed = "{\"name\":\"改名\",\"lon\":120.57,\"lat\":27.75,\"headingDeg\":10,\"fieldOfViewDeg\":50,"
                + "\"rangeMetres\":40,\"mountingHeightMetres\":5,\"mainStreamUrl\":\"rtsp://192.0.2.9/a\",\"type\":\"ptz\"}";
        JsonNode put = Requests.json(one.handle(Requests.request("PUT", "/RA-1", "admin", changed)));
        assertThat(put.get("name").asText()).isEqualTo("改名");
        assertThat(put.get("type").asText()).isEqualTo("PTZ");
        assertThat(put.get("gridCode").asText()).isEqualTo(Territory.EAST_MICRO);
        assertThat(put.get("detector").asText()).isEqualTo("hog");
        assertThat(put.get("zones")).isEmpty();
        assertThat(registry.find("RA-1").orElseThrow().name()).isEqualTo("改名");

        assertThat(one.handle(Requests.request("DELETE", "/RA-1", "admin", "")).status()).isEqualTo(204);
        assertThat(registry.find("RA-1")).isEmpty();
        assertProblem(() -> one.handle(Requests.request("DELETE", "/RA-1", "admin", "")), 404, "code");
    }

    @Test
    void whatGetAnswersCanBePutBack() throws Exception {
        Camera before = registry.save(Cameras.fixed("RA-2"));
        JsonNode read = Requests.json(one.handle(Requests.getAs("/RA-2", "admin")));

        JsonNode put = Requests.json(one.handle(Requests.request("PUT", "/RA-2", "admin", read.toString())));

        assertThat(put.get("zones")).isEqualTo(read.get("zones"));
        assertThat(registry.find("RA-2").orElseThrow()).isEqualTo(before);
    }

    @Test
    void writesNeedTheAdminRole() throws Exception {
        registry.save(Cameras.fixed("RA-3"));
        String camera = body(Cameras.fixed("RA-4"));

        for (String role : new String[] {"patrol-operator", "dispatcher", "gis-editor"}) {
            assertProblem(() -> list.handle(Requests.request("POST", "", role, camera)), 403, "role");
            assertProblem(() -> one.handle(Requests.request("PUT", "/RA-3", role, camera.replace("RA-4", "RA-3"))), 403, "role");
            assertProblem(() -> one.handle(Requests.request("DELETE", "/RA-3", role, "")), 403, "role");
            assertProblem(() -> csv.handle(Requests.request("POST", "", role, CameraCsvImportTest.GOOD)), 403, "role");
        }
        assertThat(registry.list()).extracting(Camera::code).containsExactly("RA-3");
    }

    @Test
    void badBodiesAreRefusedNamingTheField() throws Exception {
        String good = body(Cameras.fixed("RA-5"));

        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", "{not json")), 400, "body");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", "[1,2]")), 400, "body");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("{", "{\"colour\":\"red\","))),
                400, "colour");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"crowdThreshold\"",
                "\"colour\":1,\"crowdThreshold\""))), 400, "zones[0].colour");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"crowdThreshold\"",
                "\"crowdThreshhold\""))), 400, "zones[0].crowdThreshold");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"lat\":27.75,", ""))), 400, "lat");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"FIXED\"", "\"TRIPOD\""))),
                400, "type");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"headingDeg\":90.0",
                "\"headingDeg\":\"east\""))), 400, "headingDeg");
        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", good.replace("\"headingDeg\":90.0",
                "\"headingDeg\":400"))), 400, "headingDeg");
        assertProblem(() -> one.handle(Requests.request("PUT", "/other", "admin", good)), 404, "code");
        registry.save(Cameras.fixed("other"));
        assertProblem(() -> one.handle(Requests.request("PUT", "/other", "admin", good)), 400, "code");
        assertThat(registry.list()).extracting(Camera::code).containsExactly("other");
    }

    @Test
    void creatingAnExistingCameraConflicts() throws Exception {
        registry.save(Cameras.fixed("RA-6"));
        String again = body(Cameras.with(Cameras.fixed("RA-6"), c -> c.name("另一个")));

        assertProblem(() -> list.handle(Requests.request("POST", "", "admin", again)), 409, "code");
        assertThat(registry.find("RA-6").orElseThrow().name()).isEqualTo(Cameras.fixed("RA-6").name());
    }

    @Test
    void unknownPathsAndMethods() {
        assertProblem(() -> one.handle(Requests.getAs("/nope", "admin")), 404, "code");
        assertProblem(() -> one.handle(Requests.getAs("/RA-1/frame.jpg", "admin")), 404, "path");
        assertProblem(() -> one.handle(Requests.getAs("/", "admin")), 404, "path");
        assertProblem(() -> one.handle(Requests.request("PATCH", "/RA-1", "admin", "{}")), 405, "method");
        assertProblem(() -> list.handle(Requests.request("DELETE", "", "admin", "")), 405, "method");
        assertProblem(() -> csv.handle(Requests.getAs("", "admin")), 405, "method");
    }

    @Test
    void listsCamerasWithHealthFootprintAndHiddenPasswordsForNonAdmins() throws Exception {
        registry.save(Cameras.with(Cameras.fixed("RA-7"), c -> c.mainUrl("rtsp://admin:s3cret@192.0.2.7:554/ch1")));
        registry.save(Cameras.fixed("RA-8"));
        Instant since = Instant.parse("2026-05-01T08:00:00Z");
        FixedMonitor monitor = new FixedMonitor(Map.of("RA-7", new CameraHealth("RA-7", CameraState.OFFLINE,
                "connection refused", since, null, 0, 0, 3, 0)), Map.of());
        list.bindMonitor(monitor);

        JsonNode operator = Requests.json(list.handle(Requests.getAs("", "patrol-operator")));
        JsonNode admin = Requests.json(list.handle(Requests.getAs("", "admin")));

        assertThat(operator).hasSize(2);
        assertThat(operator.at("/0/mainStreamUrl").asText()).isEqualTo("rtsp://admin:***@192.0.2.7:554/ch1");
        assertThat(admin.at("/0/mainStreamUrl").asText()).isEqualTo("rtsp://admin:s3cret@192.0.2.7:554/ch1");
        assertThat(operator.at("/0/health/state").asText()).isEqualTo("OFFLINE");
        assertThat(operator.at("/0/health/reason").asText()).isEqualTo("connection refused");
        assertThat(operator.at("/0/health/since").asText()).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(operator.at("/0/health/lastFrameAt").isNull()).isTrue();
        assertThat(operator.at("/1/health").isNull()).isTrue();
        assertThat(operator.at("/1/footprint/type").asText()).isEqualTo("Polygon");
        assertThat(operator.at("/1/footprint/coordinates/0/0/0").asDouble()).isEqualTo(Territory.IN_MICRO_LON);

        list.unbindMonitor(monitor);
        assertThat(Requests.json(list.handle(Requests.getAs("", "admin"))).at("/0/health").isNull()).isTrue();
    }

    @Test
    void aCalibratedCameraShowsItsImageFootprintOnceItsFrameSizeIsKnown() throws Exception {
        Camera calibrated = registry.save(Cameras.with(Cameras.fixed("RA-9"),
                c -> c.range(200).calibration(Cameras.calibration(Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT))));
        Polygon expected = GroundProjection.fromPairs(calibrated.calibration()).footprint(768, 576, 200);
        FixedMonitor monitor = new FixedMonitor(Map.of(), Map.of("RA-9", Jpegs.of(768, 576)));

        Polygon withoutFrame = footprint(one.handle(Requests.getAs("/RA-9", "admin")));
        one.bindMonitor(monitor);
        Polygon first = footprint(one.handle(Requests.getAs("/RA-9", "admin")));
        Polygon second = footprint(one.handle(Requests.getAs("/RA-9", "admin")));

        assertThat(withoutFrame.getCoordinates()[0]).as("the view cone starts at the camera")
                .isEqualTo(new Coordinate(Territory.IN_MICRO_LON, Territory.IN_MICRO_LAT));
        assertThat(first.equalsExact(expected, 1e-12)).as(first + " vs " + expected).isTrue();
        assertThat(second.equalsExact(expected, 1e-12)).isTrue();
        assertThat(monitor.frameRequests).as("the image size is remembered").isEqualTo(1);
        assertThat(first.getArea()).isGreaterThan(0);
        assertThat(first.getCentroid().getY()).isGreaterThan(Territory.IN_MICRO_LAT);
        assertThat(first.getCentroid().getX()).isCloseTo(Territory.IN_MICRO_LON, within(0.0005));
    }

    private static Polygon footprint(ApiResponse response) {
        return (Polygon) ((Map<?, ?>) response.body()).get("footprint");
    }

    @Test
    void importsCsvAsDryRunThenCommit() throws Exception {
        byte[] gbk = CameraCsvImportTest.MIXED.getBytes(Charset.forName("GBK"));
        ApiRequest dryRun = Requests.withHeader(Requests.request("POST", "", "admin", gbk), "content-type", "text/csv");

        JsonNode report = Requests.json(csv.handle(dryRun));
        assertThat(report.get("accepted")).hasSize(2);
        assertThat(report.get("rejected")).hasSize(5);
        assertThat(report.at("/rejected/0/line").asInt()).isEqualTo(4);
        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("heading");
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(registry.list()).isEmpty();

        JsonNode committed = Requests.json(csv.handle(Requests.request("POST", "", "admin", gbk, "commit", "true")));
        assertThat(committed.get("committed").asBoolean()).isTrue();
        assertThat(registry.list()).extracting(Camera::name).containsExactly("安阳街道万松路口", "安阳街道虹桥路, 菜市场");
    }

    @Test
    void importRefusesWhatIsNotCsv() {
        assertProblem(() -> csv.handle(Requests.withHeader(Requests.request("POST", "", "admin", "{}"), "content-type",
                "application/json")), 415, "Content-Type");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "admin", "a,b\n1,2\n")), 400, "header");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "admin", CameraCsvImportTest.GOOD, "commit", "yes")),
                400, "commit");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "admin", new byte[] {(byte) 0x81, 0x20, (byte) 0xFF})),
                400, "body");
        assertThat(registry.list()).isEmpty();
    }
}
