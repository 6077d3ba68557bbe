package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheMaximumAndStaysThere() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seconds.add(backoff.next().toSeconds());
        }
        assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 10L, 10L, 10L);
    }

    @Test
    void startsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(60));
        backoff.next();
        backoff.next();
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void refusesZeroFirstDelayAndMaximumBelowFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void productionDelaysRunFromOneSecondToOneMinute() {
        Backoff backoff = new Backoff(PahoMqttMessaging.FIRST_RETRY, PahoMqttMessaging.MAX_RETRY);
        Duration last = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            last = backoff.next();
        }
        assertThat(last).isEqualTo(Duration.ofMinutes(1));
    }
}
