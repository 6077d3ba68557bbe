package org.gridpatrol.video.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LinearSolverTest {

    @Test
    void solvesARandomWellConditionedSystem() {
        Random random = new Random(7);
        int n = 8;
        double[][] a = new double[n][n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * 10;
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextGaussian() + (i == j ? 5 : 0);
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i][j] * x[j];
            }
        }
        assertThat(LinearSolver.solve(a, b).orElseThrow()).containsExactly(x, within(1e-9));
    }

    @Test
    void needsPivotingWhenTheFirstPivotIsZero() {
        double[][] a = {{0, 1}, {1, 0}};
        assertThat(LinearSolver.solve(a, new double[] {2, 3}).orElseThrow()).containsExactly(new double[] {3, 2},
                within(1e-12));
    }

    @Test
    void reportsSingularAndEmptySystems() {
        assertThat(LinearSolver.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2})).isEmpty();
        assertThat(LinearSolver.solve(new double[][] {{0, 0}, {0, 0}}, new double[] {0, 0})).isEmpty();
        assertThat(LinearSolver.solve(new double[][] {{Double.NaN, 0}, {0, 1}}, new double[] {0, 0})).isEmpty();
    }
}
