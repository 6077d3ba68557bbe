package org.gridpatrol.video.stream.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateMeterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void ratesOverTheWindowAndForgetsOldEvents() {
        RateMeter meter = new RateMeter(5);
        for (int i = 0; i < 50; i++) {
            meter.record(i * SECOND / 10);
        }
        assertThat(meter.rate(5 * SECOND)).isEqualTo(10.0);
        assertThat(meter.rate(100 * SECOND)).isZero();
    }
}
