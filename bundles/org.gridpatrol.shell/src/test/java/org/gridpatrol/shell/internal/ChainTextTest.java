package org.gridpatrol.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.junit.jupiter.api.Test;

class ChainTextTest {

    @Test
    void printsOneLinePerUnitDeepestFirstWithMaskedPhones() {
        GridChain chain = new GridChain(List.of(
                new GridUnit("330381001001003003", "湖宅社区第3网格第3微网格", AdminLevel.MICRO_GRID, "330381001001003", null,
                        new GridWorker("徐涛伟", "18912349590")),
                new GridUnit("330381001001003", "湖宅社区第3网格", AdminLevel.GRID, "330381001001", null,
                        new GridWorker("王亮佳", "13900002497")),
                new GridUnit("330381", "瑞安市", AdminLevel.COUNTY, null, null, null)));

        String text = ChainText.of(new LonLat(120.6, 27.8), chain);

        assertThat(text.lines()).containsExactly(
                "Point 120.6000000 27.8000000 (CGCS2000)",
                "micro-grid  330381001001003003 湖宅社区第3网格第3微网格  徐涛伟 189****9590",
                "grid        330381001001003    湖宅社区第3网格  王亮佳 139****2497",
                "county      330381             瑞安市");
        assertThat(text).doesNotContain("18912349590");
    }

    @Test
    void saysSoWhenNoUnitContainsThePoint() {
        assertThat(ChainText.outside(new LonLat(121.5, 27.0))).isEqualTo("No unit contains 121.5000000 27.0000000 (CGCS2000)" + System.lineSeparator());
    }
}
