package org.gridpatrol.grid.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.Demo;
import org.gridpatrol.grid.rules.TopologyRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Both paths of the coverage check on the demo: the exact edge proof and the measuring overlays. */
class CoverageCheckTest {

    private final Demo demo = Demo.demo();
    private final CoverageCheck check = new CoverageCheck(TopologyRules.DEFAULTS);

    @Test
    void everyDemoParentIsProvenByItsEdgesAndCleanWhenMeasured() {
        int parents = 0;
        for (GridUnit parent : demo.units()) {
            List<Member> children = demo.children(parent.code()).stream().map(Member::of).toList();
            if (children.isEmpty()) {
                continue;
            }
            parents++;
            List<Geometry> shapes = children.stream().map(Member::shape).toList();
            assertThat(ExactTiling.holds(Member.of(parent).shape(), shapes)).as(parent.code()).isTrue();
            assertThat(check.measured(Member.of(parent), children)).as(parent.code()).isEmpty();
        }
        assertThat(parents).isEqualTo(1 + 5 + 20 + 60);
    }

    @Test
    void theEdgeProofFailsForAMissingAnExtraOrAMirroredChild() {
        GridUnit grid = demo.level(AdminLevel.GRID).get(0);
        Geometry parent = Member.of(grid).shape();
        List<Geometry> shapes = demo.children(grid.code()).stream().map(child -> Member.of(child).shape()).toList();

        assertThat(ExactTiling.holds(parent, shapes.subList(1, shapes.size()))).isFalse();
        List<Geometry> twice = new ArrayList<>(shapes);
        twice.add(shapes.get(0));
        assertThat(ExactTiling.holds(parent, twice)).isFalse();
        List<Geometry> reversed = new ArrayList<>(shapes);
        reversed.set(0, shapes.get(0).reverse());
        assertThat(ExactTiling.holds(parent, reversed)).as("orientation does not matter").isTrue();
    }
}
