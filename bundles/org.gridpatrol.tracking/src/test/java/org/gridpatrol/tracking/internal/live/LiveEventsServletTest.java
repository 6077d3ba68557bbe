package org.gridpatrol.tracking.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.gridpatrol.testing.Configs;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class LiveEventsServletTest {

    @Test
    void onlyTheStreamedTopicsReachTheClients() {
        LiveEventsServlet servlet = new LiveEventsServlet(Configs.of(LiveEventsConfig.class, Map.of()));
        try {
            RecordingChannel channel = new RecordingChannel();
            servlet.hub().connect(channel, false).orElseThrow();

            servlet.handleEvent(new Event("org/gridpatrol/video/ALERT", Map.of("camera", "cam1")));
            servlet.handleEvent(new Event(SseMessages.HEALTH_CODE, Map.of("healthCode", "RED")));

            assertThat(channel.text()).isEqualTo("retry: 5000\n\nevent: health-code\ndata: {\"healthCode\":\"RED\"}\n\n");
        } finally {
            servlet.deactivate();
        }
    }

    @Test
    void anInvalidConfigurationIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new LiveEventsServlet(Configs.of(LiveEventsConfig.class, Map.of("keepaliveSeconds", 0))))
                .hasMessage("keepaliveSeconds must be from 1 to 300, was 0");
        assertThatThrownBy(() -> new LiveEventsServlet(Configs.of(LiveEventsConfig.class,
                Map.of("clientBufferMessages", 0)))).hasMessageContaining("clientBufferMessages");
    }
}
