package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Done when" of the video issue, in the running distribution: vtest.avi served as a live UDP
 * MPEG-TS stream by Debian's ffmpeg is analysed continuously; a low-threshold zone raises an alert
 * with a snapshot and a map location inside the right micro-grid; counts reach MQTT; a dropped stream
 * turns the camera offline and it recovers on its own when the stream returns.
 */
@ExtendWith(RunningDistribution.class)
class VideoDistributionIT {

    private static final String ADMIN = "admin:admin123";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process stream;

    @AfterEach
    void stopStream() {
        if (stream != null) {
            stream.destroyForcibly();
        }
    }

    @Test
    void aLiveStreamIsAnalysedAlertsLandInTheRightGridAndADroppedStreamRecovers(RunningDistribution.Platform platform)
            throws Exception {
        Path ffmpeg = RequiredTool.require("/usr/bin/ffmpeg", "ffmpeg");
        Path video = TestVideo.vtest();
        int port = freeUdpPort();
        String code = "it-cam-" + port;

        // Calibrate the image ground onto a 40 m patch around a demo micro-grid's interior point.
        JsonNode microGrid = json.readTree(platform.get("/ogc/collections/micro-grids/items?limit=1&offset=7", ADMIN).body())
                .get("features").get(0);
        String microGridCode = microGrid.get("properties").get("code").asText();
        double[] centre = interiorPoint(platform, microGridCode);

        stream = startStream(ffmpeg, video, port);
        Process counts = mqttSubscriber("gridpatrol/video/zone-count");
        post(platform, "/api/v1/cameras", camera(code, centre, "udp://127.0.0.1:" + port));

        JsonNode online = await(platform, "/api/v1/video/health", Duration.ofSeconds(90),
                health -> stateOf(health, code).equals("ONLINE"));
        assertThat(stateOf(online, code)).isEqualTo("ONLINE");

        JsonNode alerts = await(platform, "/api/v1/video/alerts?camera=" + code, Duration.ofSeconds(90),
                list -> list.size() > 0);
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("kind").asText()).isEqualTo("CROWD");
        assertThat(alert.get("peakCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(alert.get("gridCode").asText()).isEqualTo(microGridCode);
        JsonNode located = json.readTree(platform.get("/api/v1/locate?crs=cgcs2000&lon=" + alert.get("lon").asDouble()
                + "&lat=" + alert.get("lat").asDouble(), ADMIN).body());
        assertThat(located.get("chain").get(0).get("code").asText()).isEqualTo(microGridCode);

        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(
                bytes(platform, "/api/v1/video/alerts/" + alert.get("id").asText() + "/snapshot.jpg")));
        assertThat(snapshot.getWidth()).isEqualTo(768);
        assertThat(snapshot.getHeight()).isEqualTo(576);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes(platform, "/api/v1/camera-frames/" + code + ".jpg?overlays=true"))))
                .isNotNull();
        assertThat(firstBytesOfLiveView(platform, code)).contains("Content-Type: image/jpeg");

        if (counts != null) {
            assertThat(counts.waitFor(60, TimeUnit.SECONDS)).as("an MQTT zone count within 60 s").isTrue();
            assertThat(new String(counts.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains(code);
        }

        stream.destroyForcibly();
        await(platform, "/api/v1/video/health", Duration.ofSeconds(60), health -> stateOf(health, code).equals("OFFLINE"));
        stream = startStream(ffmpeg, video, port);
        await(platform, "/api/v1/video/health", Duration.ofSeconds(90), health -> stateOf(health, code).equals("ONLINE"));
    }

    private ObjectNode camera(String code, double[] centre, String url) {
        ObjectNode camera = json.createObjectNode();
        camera.put("code", code).put("name", "集成测试摄像头").put("type", "FIXED")
                .put("lon", centre[0]).put("lat", centre[1]).put("headingDeg", 90).put("fieldOfViewDeg", 60)
                .put("rangeMetres", 60).put("mountingHeightMetres", 8).put("mainStreamUrl", url)
                .put("detector", "hog").put("analysisFps", 3).put("enabled", true);
        ArrayNode polygon = json.createArrayNode();
        for (int[] corner : new int[][] {{0, 0}, {768, 0}, {768, 576}, {0, 576}}) {
            polygon.addObject().put("x", corner[0]).put("y", corner[1]);
        }
        camera.putArray("zones").addObject().put("id", "plaza").put("name", "广场").set("polygon", polygon);
        ((ObjectNode) camera.get("zones").get(0)).put("crowdThreshold", 2).put("crowdSeconds", 1).put("hysteresis", 1)
                .put("cooldownSeconds", 30).put("loiterSeconds", 0);
        // image ground corners -> a 40 m square around the centre (1e-5 degrees ~ 1 m)
        double dLon = 0.0002 / Math.cos(Math.toRadians(centre[1]));
        double dLat = 0.00018;
        double[][] pairs = {{0, 576, -dLon, -dLat}, {768, 576, dLon, -dLat}, {768, 200, dLon, dLat}, {0, 200, -dLon, dLat}};
        ArrayNode calibration = camera.putArray("calibration");
        for (double[] pair : pairs) {
            calibration.addObject().put("imageX", pair[0]).put("imageY", pair[1])
                    .put("lon", centre[0] + pair[2]).put("lat", centre[1] + pair[3]);
        }
        return camera;
    }

    /** A point well inside the micro-grid: its interior point, checked to locate back to it. */
    private double[] interiorPoint(RunningDistribution.Platform platform, String code) throws Exception {
        JsonNode unit = json.readTree(platform.get("/api/v1/units/" + code, ADMIN).body());
        JsonNode ring = unit.get("geometry").get("coordinates").get(0).get(0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.get(i).get(0).asDouble();
            lat += ring.get(i).get(1).asDouble();
        }
        double[] centre = {lon / (ring.size() - 1), lat / (ring.size() - 1)};
        JsonNode located = json.readTree(platform.get("/api/v1/locate?crs=cgcs2000&lon=" + centre[0] + "&lat=" + centre[1], ADMIN).body());
        assertThat(located.get("chain").get(0).get("code").asText()).as("vertex centroid of a Voronoi cell lies inside it").isEqualTo(code);
        return centre;
    }

    private Process startStream(Path ffmpeg, Path video, int port) throws IOException {
        return new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-re", "-stream_loop", "-1",
                "-i", video.toString(), "-an", "-c:v", "mpeg2video", "-q:v", "5", "-f", "mpegts",
                "udp://127.0.0.1:" + port + "?pkt_size=1316")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** mosquitto_sub waiting for one message, or null (skipped with the reason) when MQTT cannot be tested. */
    private static Process mqttSubscriber(String topic) throws IOException {
        Path sub = RequiredTool.require("/usr/bin/mosquitto_sub", "mosquitto-clients");
        return new ProcessBuilder(sub.toString(), "-h", "127.0.0.1", "-p", "1883", "-t", topic, "-C", "1", "-W", "90")
                .redirectErrorStream(true).start();
    }

    private static String stateOf(JsonNode health, String code) {
        for (JsonNode camera : health) {
            if (camera.get("cameraCode").asText().equals(code)) {
                return camera.get("state").asText();
            }
        }
        return "";
    }

    private JsonNode await(RunningDistribution.Platform platform, String path, Duration limit, Predicate<JsonNode> done)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = platform.get(path, ADMIN);
            if (answer.statusCode() == 200) {
                last = json.readTree(answer.body());
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not reached within " + limit + " on " + path + "; last answer: " + last);
    }

    private void post(RunningDistribution.Platform platform, String path, JsonNode body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .header("Authorization", RunningDistribution.basic(ADMIN)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    }

    private byte[] bytes(RunningDistribution.Platform platform, String path) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .header("Authorization", RunningDistribution.basic(ADMIN)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private String firstBytesOfLiveView(RunningDistribution.Platform platform, String code) throws Exception {
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/video/live/" + code + ".mjpeg"))
                .header("Authorization", RunningDistribution.basic(ADMIN)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("multipart/x-mixed-replace");
        try (InputStream in = answer.body()) {
            return new String(in.readNBytes(512), StandardCharsets.ISO_8859_1);
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
