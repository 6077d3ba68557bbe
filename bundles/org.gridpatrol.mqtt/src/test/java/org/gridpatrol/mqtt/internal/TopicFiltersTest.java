package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicFiltersTest {

    @ParameterizedTest
    @CsvSource({
        "a/b/c, a/b/c, true",
        "a/b/c, a/b, false",
        "a/b, a/b/c, false",
        "a/+/c, a/b/c, true",
        "a/+/c, a//c, true",
        "a/+, a/b/c, false",
        "a/#, a, true",
        "a/#, a/b/c, true",
        "a/#, ab/c, false",
        "#, a/b, true",
        "+/+, a/b, true",
        "+, /a, false",
        "#, $SYS/broker, false",
        "+/broker, $SYS/broker, false",
        "$SYS/#, $SYS/broker, true",
        "gridpatrol/drones/+/telemetry, gridpatrol/drones/D1/telemetry, true",
        "gridpatrol/drones/+/telemetry, gridpatrol/drones/D1/telemetry/x, false"
    })
    void matchesLikeAnMqttBroker(String filter, String topic, boolean expected) {
        assertThat(TopicFilters.matches(filter, topic)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b#", "a/#/c", "a+/b", "#/a", "a/++"})
    void refusesMisplacedWildcards(String filter) {
        assertThatIllegalArgumentException().isThrownBy(() -> TopicFilters.checkFilter(filter))
                .withMessageContaining(filter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a/+/c", "a/#", "#", "+", "/", "a//b"})
    void acceptsValidFilters(String filter) {
        assertThatNoException().isThrownBy(() -> TopicFilters.checkFilter(filter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/+", "a/#", "a/b+c"})
    void refusesWildcardsAndEmptyInTopics(String topic) {
        assertThatIllegalArgumentException().isThrownBy(() -> TopicFilters.checkTopic(topic));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3})
    void refusesQosOutsideZeroToTwo(int qos) {
        assertThatIllegalArgumentException().isThrownBy(() -> TopicFilters.checkQos(qos))
                .withMessageContaining(String.valueOf(qos));
    }
}
