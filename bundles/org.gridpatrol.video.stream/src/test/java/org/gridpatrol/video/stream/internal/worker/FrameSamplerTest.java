package org.gridpatrol.video.stream.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameSamplerTest {

    private static final long MS = 1_000_000;

    @Test
    void takesEveryOtherFrameOfA10FpsStreamAt5Fps() {
        FrameSampler sampler = new FrameSampler(5);
        int taken = 0;
        for (int frame = 0; frame < 100; frame++) {
            if (sampler.take(frame * 100 * MS)) {
                taken++;
            }
        }
        assertThat(taken).isEqualTo(50);
    }

    @Test
    void takesEveryFrameOfASlowerStream() {
        FrameSampler sampler = new FrameSampler(5);
        for (int frame = 0; frame < 10; frame++) {
            assertThat(sampler.take(frame * 500 * MS)).isTrue();
        }
    }

    @Test
    void aBurstAfterAStallIsNotAllTaken() {
        FrameSampler sampler = new FrameSampler(2);
        assertThat(sampler.take(0)).isTrue();
        assertThat(sampler.take(10_000 * MS)).isTrue();
        assertThat(sampler.take(10_010 * MS)).isFalse();
        assertThat(sampler.take(10_020 * MS)).isFalse();
        assertThat(sampler.take(10_500 * MS)).isTrue();
    }
}
