package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PerspectiveModelTest {

    @Test
    void fitsTheLineThroughSamplesAndTheMedianFill() {
        List<PerspectiveModel.Sample> samples = new ArrayList<>();
        double[] fills = {0.3, 0.5, 0.4, 0.9, 0.45};
        for (int i = 0; i < 5; i++) {
            double row = 100 + 50 * i;
            samples.add(new PerspectiveModel.Sample(row, -500 + 20 * row, fills[i]));
        }
        PerspectiveModel model = PerspectiveModel.fit(samples);

        assertThat(model.slope()).isCloseTo(20, within(1e-6));
        assertThat(model.intercept()).isCloseTo(-500, within(1e-6));
        assertThat(model.fill()).isCloseTo(0.45, within(1e-9));
        assertThat(model.boxArea(300)).isCloseTo(5500, within(1e-6));
        assertThat(model.boxArea(0)).isEqualTo(model.minArea()); // never zero or negative
    }

    @Test
    void weightsFallTowardsTheNearRowsWherePeopleLookBigger() {
        PerspectiveModel model = new PerspectiveModel(0, 20, 0.5, 100);
        double[] weights = model.rowWeights(576);

        assertThat(weights[100]).isGreaterThan(weights[400]);
        assertThat(weights[575]).isCloseTo(1 / (0.5 * 20 * 575), within(1e-12));
    }

    @Test
    void refusesTooFewOrBunchedSamples() {
        assertThatThrownBy(() -> PerspectiveModel.fit(List.of(new PerspectiveModel.Sample(1, 1, 1))))
                .hasMessageContaining("at least 5");
        List<PerspectiveModel.Sample> bunched = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bunched.add(new PerspectiveModel.Sample(200 + i, 3000, 0.5));
        }
        assertThatThrownBy(() -> PerspectiveModel.fit(bunched)).hasMessageContaining("rows");
    }
}
