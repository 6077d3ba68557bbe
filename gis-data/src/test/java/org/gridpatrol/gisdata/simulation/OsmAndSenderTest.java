package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OsmAndSenderTest {

    private static final PositionReport REPORT = new PositionReport("P00001", "739174",
            Instant.parse("2026-11-22T08:00:05Z"), 120.6401234, 27.7901234, 1.25, 87.4, 12.3, 5.0, 86.0);

    @Test
    void sendsTheTraccarClientQueryWithSpeedInKnots() throws Exception {
        try (RecordingServer server = new RecordingServer(query -> 200);
                OsmAndSender sender = new OsmAndSender(server.uri(), 4)) {
            sender.send(REPORT);
            SendStats stats = sender.finish();
            assertThat(server.requests()).singleElement().isEqualTo(new RecordingServer.Request("GET", "/",
                    "id=739174&timestamp=1795334405&lat=27.7901234&lon=120.6401234&speed=2.4&bearing=87.4"
                            + "&altitude=12.3&accuracy=5.0&batt=86.0"));
            assertThat(stats.sent()).isEqualTo(1);
            assertThat(stats.accepted()).isEqualTo(1);
            assertThat(stats.p50Millis()).isPositive();
        }
        assertThat(Instant.ofEpochSecond(1795334405L)).isEqualTo(REPORT.time());
    }

    @Test
    void countsOtherStatusesAsRejectedAndKeepsEveryRequest() throws Exception {
        try (RecordingServer server = new RecordingServer(query -> query.startsWith("id=400") ? 400 : 200);
                OsmAndSender sender = new OsmAndSender(server.uri(), 8)) {
            for (int i = 0; i < 50; i++) {
                String device = (i % 5 == 0 ? "400" : "100") + String.format("%03d", i);
                sender.send(new PositionReport("P" + i, device, REPORT.time().plusSeconds(i), REPORT.lon(),
                        REPORT.lat(), 0, 0, 0, 5, 50));
            }
            SendStats stats = sender.finish();
            assertThat(server.requests()).hasSize(50);
            assertThat(stats).extracting(SendStats::sent, SendStats::accepted, SendStats::rejected, SendStats::errors)
                    .containsExactly(50L, 40L, 10L, 0L);
            assertThat(stats.p99Millis()).isGreaterThanOrEqualTo(stats.p50Millis());
        }
    }

    @Test
    void countsARefusedConnectionAsAnError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OsmAndSender sender = new OsmAndSender(URI.create("http://127.0.0.1:" + closedPort), 2)) {
            sender.send(REPORT);
            SendStats stats = sender.finish();
            assertThat(stats).extracting(SendStats::sent, SendStats::accepted, SendStats::errors)
                    .containsExactly(1L, 0L, 1L);
            assertThat(stats.p50Millis()).isNaN();
        }
    }

    @Test
    void encodesADeviceIdThatIsNotJustDigits() {
        PositionReport odd = new PositionReport("X", "a b&c", REPORT.time(), 1, 2, 0, 0, 0, 0, 0);
        assertThat(OsmAndSender.query(odd)).startsWith("id=a+b%26c&timestamp=");
    }

    @Test
    void refusesATargetThatIsNotHttp() {
        assertThatThrownBy(() -> new OsmAndSender(URI.create("tcp://x:1"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    }
}
