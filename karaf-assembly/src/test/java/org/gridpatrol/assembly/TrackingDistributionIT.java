package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Done when" of the checkpoints issue, in the running distribution: requests captured from Traccar Client
 * (OsmAnd query and the JSON body of version 9) and {@code mosquitto_pub} move a unit; a checkpoint raises
 * ENTER and EXIT on the live stream; a shift without its officer raises UNSTAFFED and his arrival STAFFED;
 * a red health code at a pass raises an event and shows in the statistics; bad reports get Traccar's status
 * and change nothing.
 */
@ExtendWith(RunningDistribution.class)
class TrackingDistributionIT {

    private static final String ADMIN = "admin:admin123";
    private static final String UNIT = "IT-P-1";
    private static final String DEVICE = "860000000000001";
    private static final String CHECKPOINT = "IT-KD-1";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private LiveEvents live;

    @AfterEach
    void closeStream() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void traccarAndMqttReportsMoveAUnitThroughACheckpointLive(RunningDistribution.Platform platform) throws Exception {
        double[] centre = microGridCentre(platform);
        double[] away = {centre[0] + 0.003, centre[1]}; // ~300 m east, outside the 30 m circle
        send(platform, "PUT", "/api/v1/patrol-units/" + UNIT, json.createObjectNode().put("name", "测试巡逻员")
                .put("kind", "PATROLLER").put("team", "IT").put("phone", "13800138000").put("deviceId", DEVICE)
                .put("status", "AVAILABLE"), 200);
        ObjectNode checkpoint = json.createObjectNode().put("name", "集成测试卡点").put("level", "VILLAGE")
                .put("shape", "CIRCLE").put("lon", centre[0]).put("lat", centre[1]).put("sizeMetres", 30);
        send(platform, "PUT", "/api/v1/checkpoints/" + CHECKPOINT, checkpoint, 200);
        awaitFence(platform, "checkpoint:" + CHECKPOINT);
        live = LiveEvents.open(http, platform.baseUrl() + "/live/events", RunningDistribution.basic(ADMIN));

        Instant t0 = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        int osmand = platform.osmandPort();
        // Traccar Client (Android 8.x) sends the OsmAnd query by POST with an empty body.
        assertThat(traccarQuery(osmand, "POST", DEVICE, t0, away)).isEqualTo(200);
        assertThat(traccarQuery(osmand, "POST", DEVICE, t0.plusSeconds(10), centre)).isEqualTo(200);
        assertThat(traccarQuery(osmand, "GET", DEVICE, t0.plusSeconds(20), centre)).isEqualTo(200);
        assertThat(live.await("fence", e -> e.get("fence").asText().equals("checkpoint:" + CHECKPOINT)
                && e.get("transition").asText().equals("ENTER"), Duration.ofSeconds(20)).get("unit").asText())
                .isEqualTo(UNIT);

        // Traccar Client 9 posts JSON.
        assertThat(traccarJson(osmand, DEVICE, t0.plusSeconds(30), away)).isEqualTo(200);
        assertThat(traccarJson(osmand, DEVICE, t0.plusSeconds(40), away)).isEqualTo(200);
        live.await("fence", e -> e.get("fence").asText().equals("checkpoint:" + CHECKPOINT)
                && e.get("transition").asText().equals("EXIT"), Duration.ofSeconds(20));

        Path mosquittoPub = RequiredTool.require("/usr/bin/mosquitto_pub", "mosquitto-clients");
        String message = json.createObjectNode().put("lat", away[1] + 0.0001).put("lon", away[0])
                .put("time", t0.plusSeconds(50).toString()).toString();
        Process publish = new ProcessBuilder(mosquittoPub.toString(), "-h", "127.0.0.1", "-p", "1883", "-q", "1",
                "-t", "gridpatrol/positions/" + DEVICE, "-m", message).redirectErrorStream(true).start();
        assertThat(publish.waitFor(20, TimeUnit.SECONDS) && publish.exitValue() == 0).as("mosquitto_pub").isTrue();
        JsonNode track = awaitTrack(platform, t0, 6);
        assertThat(track.get("properties").get("times").get(0).asText()).isEqualTo(t0.toString());
        assertThat(track.get("properties").get("times").get(5).asText()).isEqualTo(t0.plusSeconds(50).toString());

        // Bad reports get the status Traccar's server gives, and nothing is stored. A report Traccar would read
        // and then filter ((0,0), a time days ahead) gets its 200: Traccar Client resends anything else forever.
        assertThat(traccarQuery(osmand, "GET", "no-such-device", t0.plusSeconds(60), centre)).isEqualTo(400);
        assertThat(traccarJson(osmand, "no-such-device", t0.plusSeconds(60), centre)).isEqualTo(404);
        assertThat(rawOsmand(osmand, "/?id=" + DEVICE + "&lat=abc&lon=120.6&timestamp=" + t0.getEpochSecond()))
                .isEqualTo(400);
        assertThat(traccarQuery(osmand, "GET", DEVICE, t0.plusSeconds(60), new double[] {0, 0})).isEqualTo(200);
        assertThat(traccarQuery(osmand, "GET", DEVICE, Instant.now().plus(2, ChronoUnit.DAYS), centre)).isEqualTo(200);
        assertThat(awaitTrack(platform, t0, 6).get("geometry").get("coordinates").size()).isEqualTo(6);

        // A shift of the unit while it is away: unstaffed; back inside: staffed.
        Instant now = Instant.now();
        send(platform, "POST", "/api/v1/checkpoints/" + CHECKPOINT + "/shifts", json.createObjectNode()
                .put("unitCode", UNIT).put("start", now.minusSeconds(60).toString())
                .put("end", now.plus(1, ChronoUnit.HOURS).toString()), 201);
        live.await("unstaffed", e -> e.get("checkpoint").asText().equals(CHECKPOINT), Duration.ofSeconds(30));
        assertThat(traccarQuery(osmand, "GET", DEVICE, now.minusSeconds(20), centre)).isEqualTo(200);
        assertThat(traccarQuery(osmand, "GET", DEVICE, now.minusSeconds(10), centre)).isEqualTo(200);
        live.await("staffed", e -> e.get("checkpoint").asText().equals(CHECKPOINT), Duration.ofSeconds(30));

        // A red health code at the checkpoint: an event, and the day's statistics.
        send(platform, "POST", "/api/v1/passes", json.readTree("{\"passes\":[{\"checkpointCode\":\"" + CHECKPOINT
                + "\",\"subjectKind\":\"PERSON\",\"subject\":\"张三\",\"direction\":\"IN\",\"healthCode\":\"RED\","
                + "\"passType\":\"VISITOR\"},{\"checkpointCode\":\"" + CHECKPOINT + "\",\"subjectKind\":\"VEHICLE\","
                + "\"subject\":\"浙C12345\",\"direction\":\"OUT\",\"healthCode\":\"GREEN\",\"passType\":\"RESIDENT\"}]}"),
                201);
        live.await("health-code", e -> e.get("checkpoint").asText().equals(CHECKPOINT)
                && e.get("healthCode").asText().equals("RED"), Duration.ofSeconds(20));
        JsonNode stats = json.readTree(platform.get("/api/v1/passes/stats?checkpoint=" + CHECKPOINT, ADMIN).body())
                .get("stats");
        assertThat(stats).hasSize(1);
        assertThat(stats.get(0).get("passes").asLong()).isEqualTo(2);
        assertThat(stats.get(0).get("red").asLong()).isEqualTo(1);
        assertThat(stats.get(0).get("redShare").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aBatchWithOneBadReportKeepsTheGoodOnes(RunningDistribution.Platform platform) throws Exception {
        send(platform, "PUT", "/api/v1/patrol-units/IT-V-1", json.createObjectNode().put("name", "巡逻车")
                .put("kind", "VEHICLE").put("team", "IT").put("deviceId", "860000000000002").put("status", "BUSY"), 200);
        double[] centre = microGridCentre(platform);
        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        JsonNode batch = json.readTree("{\"positions\":["
                + "{\"deviceId\":\"860000000000002\",\"time\":\"" + t + "\",\"lon\":" + centre[0] + ",\"lat\":" + centre[1] + "},"
                + "{\"deviceId\":\"860000000000002\",\"time\":\"" + t.plusSeconds(5) + "\",\"lon\":200,\"lat\":" + centre[1] + "},"
                + "{\"deviceId\":\"860000000000002\",\"time\":\"" + t.plusSeconds(10) + "\",\"lon\":" + centre[0]
                + ",\"lat\":" + centre[1] + ",\"crs\":\"gcj02\"}]}");
        JsonNode result = send(platform, "POST", "/api/v1/positions", batch, 200);
        assertThat(result.get("accepted").asInt()).isEqualTo(2);
        assertThat(result.get("rejected")).hasSize(1);
        assertThat(result.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").get(0).get("field").asText()).isEqualTo("lon");
        JsonNode track = json.readTree(platform.get("/api/v1/patrol-units/IT-V-1/track?from="
                + t.minusSeconds(1) + "&to=" + t.plusSeconds(60), ADMIN).body());
        JsonNode coordinates = track.get("geometry").get("coordinates");
        assertThat(coordinates).hasSize(2);
        assertThat(coordinates.get(1).get(0).asDouble()).as("GCJ-02 converted at the edge: ~500 m west in Zhejiang")
                .isLessThan(centre[0] - 0.003);
        JsonNode live = json.readTree(platform.get("/api/v1/patrol-units/live?minutes=60", ADMIN).body());
        assertThat(live.get("features").findValuesAsText("code")).contains("IT-V-1");
    }

    /** The fence index is rebuilt in the background after a change; reports before that meet the old one. */
    private void awaitFence(RunningDistribution.Platform platform, String fence) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (platform.get("/api/v1/fences/inside?fence=" + fence, ADMIN).statusCode() != 200) {
            assertThat(System.nanoTime()).as("fence %s in the index", fence).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void theLiveStreamNeedsALoginWithoutPoppingThePasswordDialog(RunningDistribution.Platform platform)
            throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/live/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as("an EventSource cannot answer a challenge")
                .isEmpty();
    }

    private JsonNode awaitTrack(RunningDistribution.Platform platform, Instant t0, int points) throws Exception {
        String path = "/api/v1/patrol-units/" + UNIT + "/track?from=" + t0.minusSeconds(1) + "&to=" + Instant.now().plus(3, ChronoUnit.DAYS);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode track = null;
        while (System.nanoTime() < deadline) {
            track = json.readTree(platform.get(path, ADMIN).body());
            JsonNode geometry = track.get("geometry");
            if (geometry != null && !geometry.isNull() && geometry.get("coordinates").size() >= points) {
                return track;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("track did not reach " + points + " points: " + track);
    }

    /** A micro-grid's vertex centroid, as a place for the checkpoint. */
    private double[] microGridCentre(RunningDistribution.Platform platform) throws Exception {
        JsonNode feature = json.readTree(platform.get("/ogc/collections/micro-grids/items?limit=1&offset=11", ADMIN)
                .body()).get("features").get(0);
        JsonNode ring = feature.get("geometry").get("coordinates").get(0).get(0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.get(i).get(0).asDouble();
            lat += ring.get(i).get(1).asDouble();
        }
        return new double[] {lon / (ring.size() - 1), lat / (ring.size() - 1)};
    }

    /** The OsmAnd query exactly as Traccar Client for Android 8.x builds it (speed in knots, batt in %). */
    private int traccarQuery(int port, String method, String device, Instant time, double[] lonLat) throws Exception {
        String query = "/?id=" + URLEncoder.encode(device, StandardCharsets.UTF_8) + "&timestamp=" + time.getEpochSecond()
                + "&lat=" + lonLat[1] + "&lon=" + lonLat[0] + "&speed=2.1&bearing=87.5&altitude=12.0&accuracy=5.0"
                + "&batt=87.0&charge=false";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query));
        request = method.equals("POST") ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The JSON body of Traccar Client 9 (speed m/s, battery level 0..1, ISO time). */
    private int traccarJson(int port, String device, Instant time, double[] lonLat) throws Exception {
        String body = "{\"location\":{\"timestamp\":\"" + time + "\",\"coords\":{\"latitude\":" + lonLat[1]
                + ",\"longitude\":" + lonLat[0] + ",\"accuracy\":4.8,\"speed\":1.2,\"heading\":90.0,\"altitude\":11.5},"
                + "\"is_moving\":true,\"odometer\":1234.5,\"event\":\"motionchange\","
                + "\"battery\":{\"level\":0.86,\"is_charging\":false},\"activity\":{\"type\":\"walking\"}},"
                + "\"device_id\":\"" + device + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int rawOsmand(int port, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(RunningDistribution.Platform platform, String method, String path, JsonNode body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .header("Authorization", RunningDistribution.basic(ADMIN)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
    }
}
