package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrameSelectionTest {

    @Test
    void parsesIndicesAndRangesSortedWithoutDuplicates() {
        assertThat(FrameSelection.parse(List.of("30", "0", "5-7", "6,40"))).containsExactly(0L, 5L, 6L, 7L, 30L,
                40L);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> FrameSelection.parse(List.of("7-5"))).hasMessageContaining("backwards");
        assertThatThrownBy(() -> FrameSelection.parse(List.of("x"))).hasMessageContaining("not a frame");
        assertThatThrownBy(() -> FrameSelection.parse(List.of("-3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSelection.parse(List.of(" "))).hasMessageContaining("no frames");
    }
}
