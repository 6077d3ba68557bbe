package org.gridpatrol.video.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointChecksTest {

    @Test
    void collinearWithinTheRelativeOrAbsoluteTolerance() {
        // Middle point 4 px off a 400 px line: 1% of the longest side, the limit.
        assertThat(PointChecks.collinearTriple(new double[] {0, 200, 400}, new double[] {0, 3.9, 0}, 1, 0.01))
                .isPresent();
        assertThat(PointChecks.collinearTriple(new double[] {0, 200, 400}, new double[] {0, 4.1, 0}, 1, 0.01))
                .isEmpty();
        // Short triple: 0.9 px off counts as on the line whatever the length.
        assertThat(PointChecks.collinearTriple(new double[] {0, 5, 10}, new double[] {0, 0.9, 0}, 1, 0.01))
                .isPresent();
    }

    @Test
    void findsTheCollinearTripleAmongMore() {
        double[] xs = {0, 100, 37, 200, 50};
        double[] ys = {0, 0, 80, 0, 300};
        assertThat(PointChecks.collinearTriple(xs, ys, 1, 0.01)).hasValueSatisfying(t -> assertThat(t)
                .containsExactly(0, 1, 3));
    }

    @Test
    void generalQuadrupleNeedsFourPointsWithoutThreeOnALine() {
        assertThat(PointChecks.hasGeneralQuadruple(new double[] {0, 100, 200, 300, 50},
                new double[] {0, 0, 0, 0, 80}, 1, 0.01)).isFalse();
        assertThat(PointChecks.hasGeneralQuadruple(new double[] {0, 100, 200, 300, 50, 250},
                new double[] {0, 0, 0, 0, 80, 90}, 1, 0.01)).isTrue();
    }

    @Test
    void duplicatesCloserThanTheMinimum() {
        assertThat(PointChecks.duplicate(new double[] {0, 10, 0.5}, new double[] {0, 10, 0}, 1))
                .hasValueSatisfying(d -> assertThat(d).containsExactly(0, 2));
        assertThat(PointChecks.duplicate(new double[] {0, 10, 1.5}, new double[] {0, 10, 0}, 1)).isEmpty();
    }
}
