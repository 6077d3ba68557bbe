package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.gisdata.simulation.SimulationOptions.Send;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {

    private static final Path BASE = Path.of("/work/module");

    @Test
    void defaultsToTheDemoWithoutSendingAndTraccarsInterval() {
        SimulationOptions options = SimulationOptions.parse(new String[0], BASE);
        assertThat(options.dataset()).isEqualTo(Size.DEMO);
        assertThat(options.send()).isEqualTo(Send.NONE);
        assertThat(options.duration()).isZero();
        assertThat(options.interval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(options.speedup()).isEqualTo(1);
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.standersPerCheckpoint()).isEqualTo(2);
    }

    @Test
    void parsesEveryOption() {
        SimulationOptions options = SimulationOptions.parse(new String[] {"--dataset", "county", "--seed", "7",
            "--units", "demo/units.csv", "--checkpoints", "/tmp/c.geojson", "--units-out", "target/u.csv",
            "--checkpoints-out", "target/c.geojson", "--send", "mqtt", "--target", "tcp://broker:1884",
            "--topic-prefix", "gp", "--mqtt-username", "sim", "--mqtt-password", "secret", "--duration", "2h",
            "--interval", "30", "--speedup", "max", "--rate", "500", "--concurrency", "8",
            "--start", "2026-11-22T08:00:00Z", "--standers", "1"}, BASE);
        assertThat(options).isEqualTo(new SimulationOptions(Size.COUNTY, 7, BASE.resolve("demo/units.csv"),
                Path.of("/tmp/c.geojson"), BASE.resolve("target/u.csv"), BASE.resolve("target/c.geojson"), Send.MQTT,
                URI.create("tcp://broker:1884"), "gp", "sim", "secret", Duration.ofHours(2), Duration.ofSeconds(30),
                Double.POSITIVE_INFINITY, 500, 8, Instant.parse("2026-11-22T08:00:00Z"), 1));
    }

    @Test
    void sendingDefaultsToTenMinutesEndingAboutNowAtTheProtocolsUsualTarget() {
        Instant before = Instant.now();
        SimulationOptions osmand = SimulationOptions.parse(new String[] {"--send", "osmand", "--speedup", "10"}, BASE);
        assertThat(osmand.target()).isEqualTo(URI.create("http://127.0.0.1:5055"));
        assertThat(osmand.duration()).isEqualTo(Duration.ofMinutes(10));
        // 10 simulated minutes take 1 real minute: start 9 minutes back, so the last report is not in the future
        assertThat(osmand.start()).isBetween(before.minusSeconds(541), Instant.now().minusSeconds(539));
        assertThat(SimulationOptions.parse(new String[] {"--send", "mqtt"}, BASE).target())
                .isEqualTo(URI.create("tcp://127.0.0.1:1883"));
    }

    @Test
    void durationsComeInTheUsualForms() {
        assertThat(SimulationOptions.parseDuration("--duration", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SimulationOptions.parseDuration("--duration", "90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SimulationOptions.parseDuration("--duration", "15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(SimulationOptions.parseDuration("--duration", "PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> parse("--send", "udp")).hasMessageContaining("--send must be osmand, mqtt or none");
        assertThatThrownBy(() -> parse("--interval", "0")).hasMessageContaining("--interval must be at least 1");
        assertThatThrownBy(() -> parse("--speedup", "fast")).hasMessageContaining("--speedup must be a number");
        assertThatThrownBy(() -> parse("--duration", "ten")).hasMessageContaining("--duration must be like");
        assertThatThrownBy(() -> parse("--start", "yesterday")).hasMessageContaining("--start must be ISO-8601");
        assertThatThrownBy(() -> parse("--dataset", "city")).hasMessageContaining("unknown size 'city'");
        assertThatThrownBy(() -> parse("--colour", "red")).hasMessageContaining("unknown argument '--colour'");
        assertThatThrownBy(() -> parse("--rate")).hasMessageContaining("--rate needs a value");
    }

    private static SimulationOptions parse(String... args) {
        return SimulationOptions.parse(args, BASE);
    }
}
