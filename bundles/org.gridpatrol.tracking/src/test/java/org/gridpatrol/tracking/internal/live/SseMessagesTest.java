package org.gridpatrol.tracking.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class SseMessagesTest {

    private final SseMessages messages = new SseMessages();

    @Test
    void aFenceEventBecomesOneMessageWithItsPropertiesAsJson() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("unit", "P1");
        properties.put("fence", "checkpoint:C1");
        properties.put("fenceName", "North gate");
        properties.put("source", "checkpoint");
        properties.put("transition", "ENTER");
        properties.put("time", "2026-11-22T08:00:00Z");
        properties.put("lon", 120.64);
        properties.put("lat", 27.8);

        assertThat(messages.message(new Event(SseMessages.FENCE, properties))).hasValue("event: fence\n"
                + "data: {\"fence\":\"checkpoint:C1\",\"fenceName\":\"North gate\",\"lat\":27.8,\"lon\":120.64,"
                + "\"source\":\"checkpoint\",\"time\":\"2026-11-22T08:00:00Z\",\"transition\":\"ENTER\",\"unit\":\"P1\"}"
                + "\n\n");
    }

    @Test
    void eachStreamedTopicHasItsEventName() {
        assertThat(name(SseMessages.UNITS_CHANGED)).isEqualTo("units");
        assertThat(name(SseMessages.UNSTAFFED)).isEqualTo("unstaffed");
        assertThat(name(SseMessages.STAFFED)).isEqualTo("staffed");
        assertThat(name(SseMessages.HEALTH_CODE)).isEqualTo("health-code");
        assertThat(messages.message(new Event("org/gridpatrol/video/ALERT", Map.of()))).isEmpty();
    }

    @Test
    void arraysNaNTimesAndLineBreaksAreWrittenAsValidSingleLineJson() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("rostered", new String[] {"P1", "P2"});
        properties.put("speedKmh", Double.NaN);
        properties.put("since", java.time.Instant.parse("2026-11-22T08:00:00Z"));
        properties.put("checkpointName", "Gate\nEast");
        properties.put("codes", List.of(1, 2));

        String message = messages.message(new Event(SseMessages.UNSTAFFED, properties)).orElseThrow();

        assertThat(message).isEqualTo("event: unstaffed\ndata: {\"checkpointName\":\"Gate\\nEast\",\"codes\":[1,2],"
                + "\"rostered\":[\"P1\",\"P2\"],\"since\":\"2026-11-22T08:00:00Z\",\"speedKmh\":null}\n\n");
        assertThat(message.split("\n")).hasSize(2);
    }

    private String name(String topic) {
        String message = messages.message(new Event(topic, Map.of("a", 1))).orElseThrow();
        return message.substring("event: ".length(), message.indexOf('\n'));
    }
}
