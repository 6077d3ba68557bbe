package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MqttSettingsTest {

    @Test
    void emptyClientIdBecomesGridpatrolAndTheHostname() {
        MqttSettings settings = MqttSettings.from(ConfigValues.Mqtt.of("tcp://127.0.0.1:1883", " "),
                () -> "Patrol_Host.local");

        assertThat(settings.clientId()).isEqualTo("gridpatrol-patrol-host-local");
    }

    @Test
    void keepsAGivenClientIdAndTrimsValues() {
        ConfigValues.Mqtt config = new ConfigValues.Mqtt(true, " ssl://broker.example:8883 ", " gp-1 ", " ops ",
                " secret ", " city/gridpatrol/ ");
        MqttSettings settings = MqttSettings.from(config, () -> "unused");

        assertThat(settings.serverUri()).isEqualTo("ssl://broker.example:8883");
        assertThat(settings.clientId()).isEqualTo("gp-1");
        assertThat(settings.username()).isEqualTo("ops");
        assertThat(settings.password()).as("a password is taken as typed").isEqualTo(" secret ");
        assertThat(settings.topicPrefix()).isEqualTo("city/gridpatrol");
    }

    @Test
    void neverShowsThePassword() {
        ConfigValues.Mqtt config = new ConfigValues.Mqtt(true, "tcp://h:1883", "c", "u", "s3cr3t", "gridpatrol");

        assertThat(MqttSettings.from(config, () -> "h").toString()).doesNotContain("s3cr3t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "127.0.0.1:1883", "http://127.0.0.1:1883", "tcp://", "tcp:// bad host"})
    void refusesServerUrisTheClientCannotUse(String serverUri) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MqttSettings.from(ConfigValues.Mqtt.of(serverUri, "c"), () -> "h"))
                .withMessageStartingWith("serverUri");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/gridpatrol", "grid/+", "grid/#"})
    void refusesEmptyOrWildcardTopicPrefixes(String prefix) {
        assertThatIllegalArgumentException().isThrownBy(() -> MqttSettings.topicPrefix(prefix))
                .withMessageStartingWith("topicPrefix");
    }
}
