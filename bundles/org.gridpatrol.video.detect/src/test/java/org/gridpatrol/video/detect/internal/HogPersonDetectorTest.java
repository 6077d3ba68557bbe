package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;

import org.gridpatrol.video.api.VideoFrame;
import org.junit.jupiter.api.Test;

class HogPersonDetectorTest {

    /** A Config as DS would build it: the annotation's defaults, with some values overridden. */
    static HogPersonDetector.Config config(Map<String, Object> overrides) {
        return (HogPersonDetector.Config) Proxy.newProxyInstance(HogPersonDetector.Config.class.getClassLoader(),
                new Class<?>[] {HogPersonDetector.Config.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }

    @Test
    void defaultConfigurationIsTheTunedSetting() {
        HogPersonDetector detector = new HogPersonDetector(config(Map.of()));
        try {
            VideoFrame grey = new VideoFrame(200, 150, new byte[200 * 150 * 3], 0, Instant.EPOCH);
            assertThat(detector.detect(grey)).isEmpty();
        } finally {
            detector.deactivate();
        }
        HogPersonDetector.Config defaults = config(Map.of());
        HogSettings tuned = HogSettings.tuned();
        assertThat(defaults.upscale()).isEqualTo(tuned.upscale());
        assertThat(defaults.scale()).isEqualTo(tuned.scale());
        assertThat(defaults.minScore()).isEqualTo(tuned.minScore());
        assertThat(defaults.groupThreshold()).isEqualTo(tuned.groupThreshold());
        assertThat(defaults.grayscale()).isEqualTo(tuned.grayscale());
    }

    @Test
    void badValuesFailActivationNamingTheField() {
        assertThatThrownBy(() -> new HogPersonDetector(config(Map.of("scale", 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("scale");
        assertThatThrownBy(() -> new HogPersonDetector(config(Map.of("upscale", 0.5)))).hasMessageStartingWith(
                "upscale");
        assertThatThrownBy(() -> new HogPersonDetector(config(Map.of("winStride", 12)))).hasMessageStartingWith(
                "winStride");
        assertThatThrownBy(() -> new HogPersonDetector(config(Map.of("threads", 0)))).hasMessageStartingWith(
                "threads");
    }

    @Test
    void rejectsAFrameWithTooFewBytes() {
        HogPersonDetector detector = new HogPersonDetector(config(Map.of("threads", 1)));
        try {
            assertThatThrownBy(() -> detector.detect(new VideoFrame(10, 10, new byte[5], 3, Instant.EPOCH)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame 3");
        } finally {
            detector.deactivate();
        }
    }
}
