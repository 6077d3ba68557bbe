package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridpatrol.gisdata.internal.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** The tiling checks must catch a gap of a few centimetres and an overlap of the same size. */
class HierarchyChecksTest {

    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void acceptsAnExactTiling() throws Exception {
        assertThatCode(() -> HierarchyChecks.assertTiles(feature("120 27, 120 27.01, 120.01 27.01, 120.01 27, 120 27"),
                List.of(feature("120 27, 120 27.01, 120.005 27.01, 120.005 27, 120 27"),
                        feature("120.005 27, 120.005 27.01, 120.01 27.01, 120.01 27, 120.005 27"))))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAGapOfOneMicrodegree() throws Exception {
        assertThatThrownBy(() -> HierarchyChecks.assertTiles(
                feature("120 27, 120 27.01, 120.01 27.01, 120.01 27, 120 27"),
                List.of(feature("120 27, 120 27.01, 120.005 27.01, 120.005 27, 120 27"),
                        feature("120.005001 27, 120.005001 27.01, 120.01 27.01, 120.01 27, 120.005001 27"))))
                .hasMessageContaining("gap or spill");
    }

    @Test
    void rejectsAnOverlapThatTheUnionHides() throws Exception {
        assertThatThrownBy(() -> HierarchyChecks.assertTiles(
                feature("120 27, 120 27.01, 120.01 27.01, 120.01 27, 120 27"),
                List.of(feature("120 27, 120 27.01, 120.005001 27.01, 120.005001 27, 120 27"),
                        feature("120.005 27, 120.005 27.01, 120.01 27.01, 120.01 27, 120.005 27"))))
                .hasMessageContaining("overlap");
    }

    private GisFeature feature(String ring) throws Exception {
        return new GisFeature("330381", "t", "town", null,
                Geometries.toOrientedMultiPolygon(wkt.read("POLYGON ((" + ring + "))")), null, null);
    }
}
