package org.gridpatrol.grid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopologyRulesTest {

    @Test
    void defaultsAreTheIssuesTolerances() {
        assertThat(TopologyRules.DEFAULTS).isEqualTo(new TopologyRules(0.05, 0.05, 50));
    }

    @Test
    void refusesNegativeAndNonFiniteValuesNamingTheField() {
        assertThatThrownBy(() -> new TopologyRules(-0.01, 0.05, 50)).hasMessageContaining("gapToleranceMetres");
        assertThatThrownBy(() -> new TopologyRules(0.05, Double.NaN, 50)).hasMessageContaining("overlapToleranceMetres");
        assertThatThrownBy(() -> new TopologyRules(0.05, 0.05, Double.POSITIVE_INFINITY))
                .hasMessageContaining("minAreaSquareMetres");
    }
}
