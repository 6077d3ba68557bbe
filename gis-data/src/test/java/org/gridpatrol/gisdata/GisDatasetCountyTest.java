package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark size: generated once (the slow part), then checked as a whole. */
class GisDatasetCountyTest {

    private static List<GisFeature> features;

    @BeforeAll
    static void generate() {
        features = GisDataset.generate(Size.COUNTY, GisDataset.DEFAULT_SEED);
    }

    @Test
    void hasTheCountyCountsPerLevel() {
        Map<String, Long> perLevel = new TreeMap<>();
        features.forEach(feature -> perLevel.merge(feature.level(), 1L, Long::sum));
        assertThat(perLevel).containsEntry("county", 1L).containsEntry("town", 20L)
                .containsEntry("community", 200L).containsEntry("grid", 1_000L)
                .containsEntry("micro-grid", 15_000L).hasSize(5);
    }

    @Test
    void everyGeometryIsAValidNonEmptyMultiPolygon() {
        assertThat(features).allSatisfy(HierarchyChecks::assertValid);
    }

    @Test
    void childrenTileEveryParentExactly() {
        Map<String, List<GisFeature>> children = HierarchyChecks.childrenByParent(features);
        assertThat(children).hasSize(1 + 20 + 200 + 1_000);
        for (GisFeature parent : features) {
            if (children.containsKey(parent.code())) {
                HierarchyChecks.assertTiles(parent, children.get(parent.code()));
            }
        }
    }

    @Test
    void codesAreUniqueAndExtendTheirParentsCode() {
        Set<String> codes = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (GisFeature feature : features) {
            assertThat(codes.add(feature.code())).as("duplicate %s", feature.code()).isTrue();
            Level level = GisDatasetDemoTest.levelOf(feature.code());
            assertThat(feature.level()).isEqualTo(level.id());
            if (feature.parentCode() != null) {
                assertThat(codes).contains(feature.parentCode());
                assertThat(feature.code()).startsWith(feature.parentCode());
            }
            if (level.hasWorker()) {
                assertThat(phones.add(feature.workerPhone())).as("duplicate phone").isTrue();
            }
        }
    }
}
