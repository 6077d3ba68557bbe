package org.gridpatrol.video.stream.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.stream.internal.Cameras;
import org.gridpatrol.video.stream.internal.InMemoryCameraRegistry;
import org.gridpatrol.video.stream.internal.drone.DronePoses;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class DroneTelemetryEndpointTest {

    private static final String VALID = """
            {"time":"2025-03-01T08:00:00Z","lon":120.6,"lat":27.8,"altitudeAboveGroundMetres":100,
             "headingDeg":90,"gimbalPitchDeg":-60,"horizontalFovDeg":80,"verticalFovDeg":50}""";

    private final InMemoryCameraRegistry registry = new InMemoryCameraRegistry(new RecordingEventAdmin());
    private final DronePoses poses = new DronePoses(registry, new LiveFrameHub());
    private final DroneTelemetryEndpoint endpoint = new DroneTelemetryEndpoint(poses);

    @BeforeEach
    void cameras() {
        registry.save(Cameras.camera("uav1", CameraType.DRONE, "udp://@:5600", "hog", 2, true, List.of(), List.of()));
        registry.save(Cameras.camera("uav2", CameraType.DRONE, "udp://@:5602", "hog", 2, true, List.of(), List.of()));
        registry.save(Cameras.fixed("gate", "rtsp://cam/s", List.of()));
    }

    @Test
    void liveStateOfOneDroneIsItsLatestPoseFootprintAndArrival() {
        assertThatThrownBy(() -> endpoint.handle(get("/uav1"))).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.field()).isEqualTo("code");
        });
        Instant before = Instant.now();
        Polygon posted = (Polygon) ((Map<?, ?>) endpoint.handle(post("/uav1/telemetry", VALID)).body()).get("footprint");
        Instant after = Instant.now();

        Map<?, ?> live = (Map<?, ?>) endpoint.handle(get("/uav1/")).body();
        assertThat(keys(live)).containsExactly("code", "telemetry", "footprint", "receivedAt");
        assertThat(live.get("code")).isEqualTo("uav1");
        Map<?, ?> telemetry = (Map<?, ?>) live.get("telemetry");
        assertThat(keys(telemetry)).containsExactly("time", "lon", "lat", "altitudeAboveGroundMetres", "headingDeg",
                "gimbalPitchDeg", "horizontalFovDeg", "verticalFovDeg");
        assertThat(telemetry.get("time")).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(telemetry.get("headingDeg")).isEqualTo(90.0);
        assertThat(((Polygon) live.get("footprint")).equalsExact(posted, 1e-12)).isTrue();
        assertThat(Instant.parse((String) live.get("receivedAt"))).isBetween(before, after);

        // an older pose arriving late changes nothing
        String received = (String) live.get("receivedAt");
        endpoint.handle(post("/uav1/telemetry", VALID.replace("08:00:00Z", "07:59:00Z").replace("\"headingDeg\":90",
                "\"headingDeg\":10")));
        Map<?, ?> again = (Map<?, ?>) endpoint.handle(get("/uav1")).body();
        assertThat(((Map<?, ?>) again.get("telemetry")).get("headingDeg")).isEqualTo(90.0);
        assertThat(again.get("receivedAt")).isEqualTo(received);

        // a newer one replaces it, and its footprint turns with the heading
        endpoint.handle(post("/uav1/telemetry", VALID.replace("08:00:00Z", "08:00:05Z").replace("\"headingDeg\":90",
                "\"headingDeg\":270")));
        Map<?, ?> turned = (Map<?, ?>) endpoint.handle(get("/uav1")).body();
        assertThat(((Map<?, ?>) turned.get("telemetry")).get("time")).isEqualTo("2025-03-01T08:00:05Z");
        assertThat(((Polygon) turned.get("footprint")).getCentroid().getX()).as("looking west").isLessThan(120.6);
    }

    @Test
    void listHoldsEveryDroneWithAPoseByCode() {
        assertThat((List<?>) endpoint.handle(get("")).body()).isEmpty();
        endpoint.handle(post("/uav2/telemetry", VALID));
        endpoint.handle(post("/uav1/telemetry", VALID.replace("\"lon\":120.6", "\"lon\":120.7")));
        List<?> drones = (List<?>) endpoint.handle(get("/")).body();
        assertThat(drones.stream().map(drone -> String.valueOf(((Map<?, ?>) drone).get("code"))).toList()).containsExactly("uav1",
                "uav2");
        Map<?, ?> first = (Map<?, ?>) drones.get(0);
        assertThat(((Map<?, ?>) first.get("telemetry")).get("lon")).isEqualTo(120.7);
        assertThat(((Polygon) first.get("footprint")).getCentroid().getX()).isGreaterThan(120.7);
        assertThatThrownBy(() -> endpoint.handle(new ApiRequest("DELETE", "", Map.of(), Map.of(), new byte[0], "patrol",
                Set.of(), "http://localhost:8181"))).isInstanceOfSatisfying(ApiException.class,
                        refused -> assertThat(refused.status()).isEqualTo(405));
        assertThatThrownBy(() -> endpoint.handle(post("/uav1", VALID))).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(405));
    }

    @Test
    void keepsAValidPoseAndAnswersItsFootprint() {
        ApiResponse answer = endpoint.handle(post("/uav1/telemetry", VALID));
        assertThat(answer.status()).isEqualTo(200);
        Map<?, ?> body = (Map<?, ?>) answer.body();
        assertThat(((Map<?, ?>) body.get("pose")).get("time")).isEqualTo("2025-03-01T08:00:00Z");
        Polygon footprint = (Polygon) body.get("footprint");
        assertThat(footprint.isValid()).isTrue();
        assertThat(footprint.getArea()).isPositive();
        // looking east from the drone, the footprint lies east of it
        assertThat(footprint.getCentroid().getX()).isGreaterThan(120.6);
        assertThat(footprint.contains(new GeometryFactory().createPoint(new Coordinate(120.6, 27.8)))).isFalse();
        assertThat(poses.latest("uav1")).hasValueSatisfying(pose -> assertThat(pose.gimbalPitchDeg()).isEqualTo(-60));
    }

    @Test
    void impossibleValuesAre400NamingTheField() {
        assertRefused(VALID.replace("\"gimbalPitchDeg\":-60", "\"gimbalPitchDeg\":10"), "gimbalPitchDeg");
        assertRefused(VALID.replace("\"altitudeAboveGroundMetres\":100", "\"altitudeAboveGroundMetres\":-5"),
                "altitudeAboveGroundMetres");
        assertRefused(VALID.replace("\"horizontalFovDeg\":80", "\"horizontalFovDeg\":\"wide\""), "horizontalFovDeg");
        assertRefused(VALID.replace("\"lon\":120.6,", ""), "lon");
        assertRefused(VALID.replace("\"lon\":120.6,", "\"lon\":120.6,\"speed\":3,"), "speed");
        assertRefused(VALID.replace("2025-03-01T08:00:00Z", "yesterday"), "time");
        assertRefused("[1,2]", "body");
        assertRefused("{\"lon\":", "body");
        assertThat(poses.latest("uav1")).as("nothing refused was kept").isEmpty();
    }

    @Test
    void unknownOrNonDroneCamerasAreRefused() {
        assertThatThrownBy(() -> endpoint.handle(post("/nope/telemetry", VALID)))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(404));
        assertRefused("/gate/telemetry", VALID, "code");
        assertThatThrownBy(() -> endpoint.handle(post("/uav1/status", VALID)))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(404));
    }

    private void assertRefused(String json, String field) {
        assertRefused("/uav1/telemetry", json, field);
    }

    private void assertRefused(String path, String json, String field) {
        assertThatThrownBy(() -> endpoint.handle(post(path, json)))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo(field);
                });
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    private static ApiRequest get(String subPath) {
        return new ApiRequest("GET", subPath, Map.of(), Map.of(), new byte[0], "patrol", Set.of("patrol-operator"),
                "http://localhost:8181");
    }

    private static ApiRequest post(String subPath, String json) {
        return new ApiRequest("POST", subPath, Map.of(), Map.of(), json.getBytes(StandardCharsets.UTF_8), "patrol",
                Set.of("patrol-operator"), "http://localhost:8181");
    }
}
