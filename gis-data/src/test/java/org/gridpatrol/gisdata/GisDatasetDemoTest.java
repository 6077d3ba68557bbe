package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class GisDatasetDemoTest {

    static final Path COMMITTED_DEMO = Path.of("demo", "rui-an-demo.geojson");
    private static final Pattern MOBILE = Pattern.compile("1[358]\\d{9}");

    private static List<GisFeature> features;

    @BeforeAll
    static void generate() {
        features = GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED);
    }

    @Test
    void hasTheDemoCountsPerLevel() {
        assertThat(count(Level.COUNTY)).isEqualTo(1);
        assertThat(count(Level.TOWN)).isEqualTo(5);
        assertThat(count(Level.COMMUNITY)).isEqualTo(20);
        assertThat(count(Level.GRID)).isEqualTo(60);
        assertThat(count(Level.MICRO_GRID)).isEqualTo(360);
        for (Level level : Level.values()) {
            assertThat(count(level)).as(level.id()).isEqualTo(Size.DEMO.count(level));
        }
        assertThat(HierarchyChecks.childrenByParent(features).values())
                .allSatisfy(children -> assertThat(children.size())
                        .isEqualTo(Size.DEMO.childrenPer(levelOf(children.get(0).parentCode()))));
    }

    @Test
    void everyGeometryIsAValidNonEmptyMultiPolygon() {
        assertThat(features).allSatisfy(HierarchyChecks::assertValid);
    }

    @Test
    void childrenTileEveryParentExactly() {
        Map<String, List<GisFeature>> children = HierarchyChecks.childrenByParent(features);
        assertThat(children).hasSize(1 + 5 + 20 + 60);
        for (GisFeature parent : features) {
            if (children.containsKey(parent.code())) {
                HierarchyChecks.assertTiles(parent, children.get(parent.code()));
            }
        }
    }

    @Test
    void countyLiesWhereRuianIs() {
        Envelope extent = features.get(0).geometry().getEnvelopeInternal();
        assertThat(extent.getMinX()).isBetween(120.2, 120.3);
        assertThat(extent.getMaxX()).isBetween(120.7, 120.75);
        assertThat(extent.getMinY()).isBetween(27.6, 27.65);
        assertThat(extent.getMaxY()).isBetween(27.9, 27.95);
        assertThat(features.get(0).code()).isEqualTo("330381");
        assertThat(features.get(0).name()).isEqualTo("瑞安市");
    }

    @Test
    void coordinatesSitOnTheSevenDecimalGrid() {
        for (GisFeature feature : features) {
            for (Coordinate coordinate : feature.geometry().getCoordinates()) {
                assertThat(Math.rint(coordinate.x * 1e7) / 1e7).isEqualTo(coordinate.x);
                assertThat(Math.rint(coordinate.y * 1e7) / 1e7).isEqualTo(coordinate.y);
            }
        }
    }

    @Test
    void codesAreUniqueAndExtendTheirParentsCode() {
        Set<String> codes = new HashSet<>();
        for (GisFeature feature : features) {
            assertThat(codes.add(feature.code())).as("duplicate %s", feature.code()).isTrue();
            Level level = levelOf(feature.code());
            assertThat(feature.level()).isEqualTo(level.id());
            assertThat(feature.code()).matches("330381\\d*");
            if (level == Level.COUNTY) {
                assertThat(feature.parentCode()).isNull();
            } else {
                assertThat(feature.code()).startsWith(feature.parentCode());
                assertThat(feature.parentCode().length()).isEqualTo(level.codeLength() - 3);
            }
        }
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        Set<String> seen = new HashSet<>();
        List<Integer> levelOrder = new ArrayList<>();
        for (GisFeature feature : features) {
            if (feature.parentCode() != null) {
                assertThat(seen).as("parent of %s", feature.code()).contains(feature.parentCode());
            }
            seen.add(feature.code());
            levelOrder.add(levelOf(feature.code()).ordinal());
        }
        assertThat(levelOrder).isSorted();
    }

    @Test
    void onlyGridsAndMicroGridsHaveWorkers() {
        Set<String> phones = new HashSet<>();
        for (GisFeature feature : features) {
            if (levelOf(feature.code()).hasWorker()) {
                assertThat(feature.workerName()).matches("\\p{IsHan}{2,3}");
                assertThat(feature.workerPhone()).matches(MOBILE);
                assertThat(phones.add(feature.workerPhone())).isTrue();
            } else {
                assertThat(feature.workerName()).isNull();
                assertThat(feature.workerPhone()).isNull();
            }
        }
    }

    @Test
    void namesFollowTheLocalPatterns() {
        for (GisFeature feature : features) {
            switch (levelOf(feature.code())) {
                case TOWN -> assertThat(feature.name()).matches(".+(街道|镇|乡)");
                case COMMUNITY -> assertThat(feature.name()).matches("\\p{IsHan}{2}(社区|村)");
                case GRID -> assertThat(feature.name()).matches(".+(社区|村)第\\d+网格");
                case MICRO_GRID -> assertThat(feature.name()).matches(".+(社区|村)第\\d+网格第\\d+微网格");
                default -> assertThat(feature.name()).isEqualTo("瑞安市");
            }
        }
        assertThat(features.stream().filter(f -> f.level().equals("town")).map(GisFeature::name))
                .contains("安阳街道", "塘下镇");
    }

    @Test
    void isDeterministicForASeedAndChangesWithIt() {
        GeoJsonWriter writer = new GeoJsonWriter();
        String first = writer.toJson(features);
        assertThat(writer.toJson(GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED))).isEqualTo(first);
        List<GisFeature> other = GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED + 1);
        assertThat(other).hasSameSizeAs(features);
        assertThat(writer.toJson(other)).isNotEqualTo(first);
    }

    @Test
    void committedDemoFileIsWhatTheGeneratorWrites() throws IOException {
        List<String> committed = Files.readAllLines(COMMITTED_DEMO, StandardCharsets.UTF_8);
        List<String> generated = new GeoJsonWriter().toJson(features).lines().toList();
        int line = 0;
        while (line < Math.min(committed.size(), generated.size()) && committed.get(line).equals(generated.get(line))) {
            line++;
        }
        // one feature per line: name the first line that drifted instead of printing 250 kB twice
        assertThat(line).as("%s differs from the generator from line %d on; regenerate it (see README)",
                COMMITTED_DEMO, line + 1).isEqualTo(Math.max(committed.size(), generated.size()));
    }

    private static long count(Level level) {
        return features.stream().filter(feature -> feature.level().equals(level.id())).count();
    }

    static Level levelOf(String code) {
        for (Level level : Level.values()) {
            if (level.codeLength() == code.length()) {
                return level;
            }
        }
        throw new AssertionError("no level has codes of length " + code.length() + ": " + code);
    }
}
