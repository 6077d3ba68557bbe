package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged report is lost: devices report over OsmAnd as fast as the platform answers, the platform's
 * JVM is killed with SIGKILL in the middle, and after a restart every report that got a 200 is in the track.
 */
class TrackingDurabilityIT {

    private static final String ADMIN = "admin:admin123";
    private static final int DEVICES = 6;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedReportSurvivesAKill() throws Exception {
        RunningDistribution.Platform platform = RunningDistribution.start("it-durability", 18481, 300,
                Map.of(RunningDistribution.OSMAND_CFG, Map.of("port", "18455")));
        try {
            for (int d = 0; d < DEVICES; d++) {
                String body = "{\"name\":\"耐久测试" + d + "\",\"kind\":\"PATROLLER\",\"team\":\"IT\",\"deviceId\":\""
                        + deviceId(d) + "\",\"status\":\"AVAILABLE\"}";
                HttpResponse<String> saved = http.send(HttpRequest.newBuilder(
                        URI.create(platform.baseUrl() + "/api/v1/patrol-units/DUR-" + d))
                        .header("Authorization", RunningDistribution.basic(ADMIN))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            }
            int port = platform.osmandPort();
            Instant start = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            Map<Integer, Set<Long>> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService senders = Executors.newFixedThreadPool(DEVICES);
            for (int d = 0; d < DEVICES; d++) {
                int device = d;
                Set<Long> acked = new ConcurrentSkipListSet<>();
                acknowledged.put(device, acked);
                senders.submit(() -> report(port, device, start, acked, running));
            }
            Thread.sleep(3000);
            platform.kill();
            running.set(false);
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            long total = acknowledged.values().stream().mapToLong(Set::size).sum();
            assertThat(total).as("reports acknowledged before the kill").isGreaterThan(50);

            platform = platform.restart();
            long missing = 0;
            for (int d = 0; d < DEVICES; d++) {
                Set<Long> stored = storedMillis(platform, "DUR-" + d, start);
                Set<Long> lost = new TreeSet<>(acknowledged.get(d));
                lost.removeAll(stored);
                missing += lost.size();
                assertThat(lost).as("acknowledged reports of device %d missing after the kill", d).isEmpty();
            }
            System.out.printf("Durability: %d reports acknowledged by 200 before SIGKILL, %d missing after restart%n",
                    total, missing);
        } finally {
            platform.close();
        }
    }

    private void report(int port, int device, Instant start, Set<Long> acked, AtomicBoolean running) {
        long sequence = 0;
        while (running.get()) {
            // Milliseconds since the epoch, one report per second of device time.
            long millis = start.plusSeconds(sequence++).toEpochMilli();
            String query = "/?id=" + deviceId(device) + "&timestamp=" + millis + "&lat=" + (27.78 + device * 0.001)
                    + "&lon=" + (120.64 + sequence * 0.00001) + "&speed=1.0&bearing=10&altitude=5&accuracy=5&batt=90";
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    acked.add(millis);
                }
            } catch (Exception killed) {
                return;
            }
        }
    }

    private Set<Long> storedMillis(RunningDistribution.Platform platform, String unit, Instant start) throws Exception {
        Set<Long> stored = new TreeSet<>();
        HttpResponse<String> answer = platform.get("/api/v1/patrol-units/" + unit + "/track?from=" + start.minusSeconds(1)
                + "&to=" + start.plus(1, ChronoUnit.DAYS) + "&limit=50000", ADMIN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode times = json.readTree(answer.body()).get("properties").get("times");
        List<String> texts = new ArrayList<>();
        times.forEach(time -> texts.add(time.asText()));
        texts.forEach(text -> stored.add(Instant.parse(text).toEpochMilli()));
        return stored;
    }

    private static String deviceId(int device) {
        return "86100000000000" + device;
    }
}
