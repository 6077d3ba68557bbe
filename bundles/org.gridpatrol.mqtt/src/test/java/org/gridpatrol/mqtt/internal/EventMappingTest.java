package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventMapping mapping = new EventMapping("gridpatrol",
            Arrays.asList(ConfigValues.Bridge.defaults().qos0Topics()));

    @ParameterizedTest
    @CsvSource({
        "org/gridpatrol/video/ALERT, gridpatrol/video/alert",
        "org/gridpatrol/video/ZONE_COUNT, gridpatrol/video/zone-count",
        "org/gridpatrol/video/HEALTH, gridpatrol/video/health",
        "org/gridpatrol/grid/CHANGED, gridpatrol/grid/changed",
        "org/gridpatrol/rental/sub/CHECK_IN_DONE, gridpatrol/rental/sub/check-in-done"
    })
    void eventTopicsBecomeLowerCaseMqttTopicsUnderThePrefix(String eventTopic, String mqttTopic) {
        assertThat(EventMapping.mqttTopic("gridpatrol", eventTopic)).contains(mqttTopic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/osgi/framework/BundleEvent/STARTED", "org/gridpatrol/video", "org/gridpatrol/",
        "org/gridpatrol/video/", "org/gridpatrol//ALERT", "org/gridpatrolx/video/ALERT", "gridpatrol/video/ALERT"})
    void topicsOutsideThePlatformOrWithoutAnEventAreNotMapped(String eventTopic) {
        assertThat(EventMapping.mqttTopic("gridpatrol", eventTopic)).isEmpty();
    }

    @Test
    void zoneCountsGoWithQosZeroEverythingElseWithQosOne() {
        assertThat(mapping.route("org/gridpatrol/video/ZONE_COUNT"))
                .contains(new EventMapping.Route("gridpatrol/video/zone-count", 0));
        assertThat(mapping.route("org/gridpatrol/video/ALERT"))
                .contains(new EventMapping.Route("gridpatrol/video/alert", 1));
        assertThat(mapping.route("org/gridpatrol/grid/CHANGED"))
                .contains(new EventMapping.Route("gridpatrol/grid/changed", 1));
        assertThat(mapping.route("org/osgi/service/log/LogEntry/LOG_INFO")).isEqualTo(Optional.empty());
    }

    @Test
    void alertStartKeepsItsPropertiesButSendsASnapshotPathInsteadOfTheJpeg() throws IOException {
        Map<String, Object> properties = alert("start");
        properties.put("snapshot", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        properties.put("event.topics", "org/gridpatrol/video/ALERT");

        JsonNode json = json("org/gridpatrol/video/ALERT", properties);

        assertThat(fieldNames(json)).containsExactlyInAnyOrder("camera", "count", "grid", "id", "kind", "lat",
                "lon", "snapshot", "state", "time", "zone");
        assertThat(json.get("id").asText()).isEqualTo("6f1c1c4e-3c55-4a4e-9b7e-1d2a3b4c5d6e");
        assertThat(json.get("count").isInt()).isTrue();
        assertThat(json.get("count").asInt()).isEqualTo(7);
        assertThat(json.get("lon").asDouble()).isEqualTo(120.6543);
        assertThat(json.get("lat").asDouble()).isEqualTo(27.8123);
        assertThat(json.get("snapshot").asText())
                .isEqualTo("/api/v1/video/alerts/6f1c1c4e-3c55-4a4e-9b7e-1d2a3b4c5d6e/snapshot.jpg");
    }

    @Test
    void alertUpdatesWithoutJpegStillPointToTheSnapshot() throws IOException {
        JsonNode json = json("org/gridpatrol/video/ALERT", alert("update"));

        assertThat(json.get("state").asText()).isEqualTo("update");
        assertThat(json.get("snapshot").asText()).endsWith("/snapshot.jpg");
    }

    @Test
    void unknownPositionIsNullNotNaN() throws IOException {
        Map<String, Object> properties = alert("start");
        properties.put("lon", Double.NaN);
        properties.put("lat", Double.NaN);
        properties.put("speed", Float.POSITIVE_INFINITY);

        String text = new String(mapping.json("org/gridpatrol/video/ALERT", properties), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(text);

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(json.get("lon").isNull()).isTrue();
        assertThat(json.get("lat").isNull()).isTrue();
        assertThat(json.get("speed").isNull()).isTrue();
    }

    @Test
    void onlyAlertsGetASnapshotPath() throws IOException {
        Map<String, Object> health = new HashMap<>(Map.of("id", "x", "camera", "CAM-1", "state", "OFFLINE"));
        health.put("frame", new byte[] {1, 2});

        JsonNode json = json("org/gridpatrol/video/HEALTH", health);

        assertThat(fieldNames(json)).containsExactlyInAnyOrder("camera", "id", "state");
    }

    @Test
    void alertIdsAreEncodedInThePath() throws IOException {
        Map<String, Object> properties = alert("start");
        properties.put("id", "a b/c");

        assertThat(json("org/gridpatrol/video/ALERT", properties).get("snapshot").asText())
                .isEqualTo("/api/v1/video/alerts/a%20b%2Fc/snapshot.jpg");
    }

    @Test
    void listsArraysMapsAndDatesBecomeJson() throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("codes", List.of("330302001", "330302002"));
        properties.put("counts", new int[] {1, 2});
        properties.put("ratios", new double[] {0.5, Double.NaN});
        properties.put("zones", Map.of("z2", 3, "z1", 0));
        properties.put("at", Instant.parse("2025-05-01T08:00:00Z"));
        properties.put("nothing", null);

        JsonNode json = json("org/gridpatrol/grid/CHANGED", properties);

        assertThat(json.get("codes").toString()).isEqualTo("[\"330302001\",\"330302002\"]");
        assertThat(json.get("counts").toString()).isEqualTo("[1,2]");
        assertThat(json.get("ratios").toString()).isEqualTo("[0.5,null]");
        assertThat(json.get("zones").toString()).isEqualTo("{\"z1\":0,\"z2\":3}");
        assertThat(json.get("at").asText()).isEqualTo("2025-05-01T08:00:00Z");
        assertThat(json.get("nothing").isNull()).isTrue();
    }

    @Test
    void theSameEventAlwaysGivesTheSameBytes() {
        Map<String, Object> properties = alert("end");

        assertThat(mapping.json("org/gridpatrol/video/ALERT", new HashMap<>(properties)))
                .isEqualTo(mapping.json("org/gridpatrol/video/ALERT", new TreeMap<>(properties)));
    }

    private Map<String, Object> alert(String state) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", "6f1c1c4e-3c55-4a4e-9b7e-1d2a3b4c5d6e");
        properties.put("camera", "CAM-0012");
        properties.put("zone", "gate");
        properties.put("kind", "CROWD");
        properties.put("state", state);
        properties.put("count", 7);
        properties.put("lon", 120.6543);
        properties.put("lat", 27.8123);
        properties.put("grid", "330302001001");
        properties.put("time", "2025-05-01T08:00:00Z");
        return properties;
    }

    private JsonNode json(String eventTopic, Map<String, Object> properties) throws IOException {
        return JSON.readTree(mapping.json(eventTopic, properties));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
