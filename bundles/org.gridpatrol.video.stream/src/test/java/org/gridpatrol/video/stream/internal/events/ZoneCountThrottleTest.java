package org.gridpatrol.video.stream.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZoneCountThrottleTest {

    private final Instant t0 = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void postsChangesAtMostOncePerSecondPerZone() {
        ZoneCountThrottle throttle = new ZoneCountThrottle(Duration.ofSeconds(1));
        assertThat(throttle.shouldPost("a", 3, null, t0)).isTrue();
        assertThat(throttle.shouldPost("b", 3, null, t0)).as("zones are independent").isTrue();
        assertThat(throttle.shouldPost("a", 4, null, t0.plusMillis(300))).as("changed too soon").isFalse();
        assertThat(throttle.shouldPost("a", 4, null, t0.plusMillis(1000))).isTrue();
        assertThat(throttle.shouldPost("a", 4, null, t0.plusMillis(5000))).as("unchanged").isFalse();
        assertThat(throttle.shouldPost("a", 0, null, t0.plusMillis(5200))).isTrue();
    }

    @Test
    void aDensityChangePostsEvenWhenTheCountStaysTheSame() {
        ZoneCountThrottle throttle = new ZoneCountThrottle(Duration.ofSeconds(1));
        assertThat(throttle.shouldPost("a", 3, null, t0)).isTrue();
        assertThat(throttle.shouldPost("a", 3, 2.5, t0.plusMillis(1000))).as("density became available").isTrue();
        assertThat(throttle.shouldPost("a", 3, 2.5, t0.plusMillis(3000))).as("neither changed").isFalse();
        assertThat(throttle.shouldPost("a", 3, 2.7, t0.plusMillis(3500))).as("density changed").isTrue();
        assertThat(throttle.shouldPost("a", 3, 2.9, t0.plusMillis(4000))).as("changed too soon").isFalse();
        assertThat(throttle.shouldPost("a", 3, null, t0.plusMillis(4600))).as("density gone").isTrue();
    }
}
