package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Level;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Shape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class CheckpointGeneratorTest {

    private final DatasetIndex dataset = DemoData.index();
    private final List<SeedCheckpoint> checkpoints = DemoData.checkpoints();

    @Test
    void demoHasFortyCheckpointsSharedOutByLevelWithSequentialCodes() {
        assertThat(checkpoints).hasSize(40);
        Map<Level, Integer> perLevel = new TreeMap<>();
        checkpoints.forEach(checkpoint -> perLevel.merge(checkpoint.level(), 1, Integer::sum));
        assertThat(perLevel).containsEntry(Level.COUNTY, 2).containsEntry(Level.TOWN, 8)
                .containsEntry(Level.VILLAGE, 16).containsEntry(Level.BUILDING, 14);
        for (int i = 0; i < checkpoints.size(); i++) {
            assertThat(checkpoints.get(i).code()).isEqualTo(String.format("CP%04d", i + 1));
        }
        assertThat(CheckpointGenerator.countFor(Size.COUNTY)).isEqualTo(800);
    }

    @Test
    void isAPureFunctionOfDatasetCountAndSeed() {
        String again = CheckpointGeoJson.toJson(CheckpointGenerator.generate(DemoData.index(), 40, DemoData.SEED));
        assertThat(again).isEqualTo(CheckpointGeoJson.toJson(checkpoints));
        assertThat(CheckpointGeoJson.toJson(CheckpointGenerator.generate(dataset, 40, 7))).isNotEqualTo(again);
    }

    @Test
    void everyLocationIsInsideTheCountyAndEveryShapeBelowCountyLevelToo() {
        for (SeedCheckpoint checkpoint : checkpoints) {
            assertThat(dataset.inCounty(point(checkpoint))).as(checkpoint.code()).isTrue();
            if (checkpoint.level() != Level.COUNTY) {
                assertThat(dataset.inCounty(fenceApproximation(checkpoint))).as(checkpoint.code()).isTrue();
            }
        }
    }

    @Test
    void geometryAndSizeMatchTheShape() {
        Set<Shape> shapes = new HashSet<>();
        for (SeedCheckpoint checkpoint : checkpoints) {
            shapes.add(checkpoint.shape());
            switch (checkpoint.shape()) {
                case CIRCLE -> {
                    assertThat(checkpoint.geometry()).isInstanceOf(Point.class);
                    assertThat(checkpoint.sizeMetres()).isBetween(15.0, 40.0);
                }
                case CORRIDOR -> {
                    assertThat(checkpoint.geometry()).isInstanceOf(LineString.class);
                    assertThat(checkpoint.sizeMetres()).isEqualTo(10.0);
                    double length = Metres.distance(checkpoint.geometry().getCoordinates()[0],
                            checkpoint.geometry().getCoordinates()[1]);
                    assertThat(length).isBetween(79.0, 161.0);
                    assertThat(checkpoint.level()).isNotEqualTo(Level.BUILDING);
                }
                case POLYGON -> {
                    assertThat(checkpoint.geometry()).isInstanceOf(Polygon.class);
                    assertThat(checkpoint.geometry().isValid()).isTrue();
                    assertThat(checkpoint.sizeMetres()).isZero();
                    double areaSquareMetres = checkpoint.geometry().getArea() * Metres.PER_DEGREE_LAT
                            * Metres.perDegreeLon(checkpoint.location().y);
                    assertThat(areaSquareMetres).isBetween(30.0 * 20 * 0.95, 60.0 * 40 * 1.05);
                    assertThat(Metres.distance(checkpoint.geometry().getCentroid().getCoordinate(),
                            checkpoint.location())).isLessThan(0.5);
                }
            }
        }
        assertThat(shapes).containsExactlyInAnyOrder(Shape.values());
    }

    @Test
    void boundaryCheckpointsStandJustInsideTheBoundaryTheyGuard() {
        for (SeedCheckpoint checkpoint : checkpoints) {
            Point location = point(checkpoint);
            switch (checkpoint.level()) {
                case COUNTY -> {
                    assertThat(metresToBoundary(List.of(dataset.county()), location)).as(checkpoint.code())
                            .isBetween(5.0, 20.0);
                    assertThat(checkpoint.name()).matches(".+与(文成县|平阳县|瓯海区|龙湾区)交界卡口.*");
                }
                case TOWN -> assertThat(metresToBoundary(dataset.towns(), location)).as(checkpoint.code())
                        .isBetween(5.0, 20.0);
                case VILLAGE -> assertThat(metresToBoundary(dataset.communities(), location)).as(checkpoint.code())
                        .isBetween(5.0, 20.0);
                case BUILDING -> assertThat(metresToBoundary(dataset.communities(), location)).as(checkpoint.code())
                        .isGreaterThan(50.0);
            }
        }
    }

    @Test
    void corridorsCrossTheBoundaryTheyGuard() {
        List<SeedCheckpoint> corridors = checkpoints.stream().filter(c -> c.shape() == Shape.CORRIDOR).toList();
        assertThat(corridors).isNotEmpty();
        for (SeedCheckpoint corridor : corridors) {
            List<GisFeature> units = switch (corridor.level()) {
                case COUNTY -> List.of(dataset.county());
                case TOWN -> dataset.towns();
                default -> dataset.communities();
            };
            assertThat(units.stream().anyMatch(unit -> unit.geometry().getBoundary().intersects(corridor.geometry())))
                    .as(corridor.code()).isTrue();
        }
    }

    @Test
    void namesAreChineseAndUnique() {
        Set<String> names = new HashSet<>();
        for (SeedCheckpoint checkpoint : checkpoints) {
            assertThat(checkpoint.name()).matches("[\\p{IsHan}（）0-9]+");
            assertThat(names.add(checkpoint.name())).as(checkpoint.name()).isTrue();
        }
    }

    @Test
    void seedFileReadsBackToTheSameCheckpoints() throws Exception {
        String json = CheckpointGeoJson.toJson(checkpoints);
        assertThat(json.lines()).hasSize(checkpoints.size() + 2);
        List<SeedCheckpoint> read = CheckpointGeoJson.read(new StringReader(json));
        assertThat(read).hasSize(checkpoints.size());
        for (int i = 0; i < read.size(); i++) {
            SeedCheckpoint original = checkpoints.get(i);
            SeedCheckpoint back = read.get(i);
            assertThat(back.code()).isEqualTo(original.code());
            assertThat(back.name()).isEqualTo(original.name());
            assertThat(back.level()).isEqualTo(original.level());
            assertThat(back.shape()).isEqualTo(original.shape());
            assertThat(back.sizeMetres()).isEqualTo(original.sizeMetres());
            assertThat(back.geometry().equalsExact(original.geometry())).as(original.code()).isTrue();
            assertThat(Metres.distance(back.location(), original.location())).as(original.code()).isLessThan(0.5);
        }
        assertThat(CheckpointGeoJson.toJson(read)).isEqualTo(json);
    }

    @Test
    void aBadSeedFileIsRefusedNamingFeatureAndField() {
        String noLevel = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"C1","name":"x",
                "shape":"CIRCLE","sizeMetres":20},"geometry":{"type":"Point","coordinates":[120.6,27.8]}}]}""";
        assertThatThrownBy(() -> CheckpointGeoJson.read(new StringReader(noLevel)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features[0] (C1)")
                .hasMessageContaining("properties.level");
        String badGeometry = noLevel.replace("\"shape\"", "\"level\":\"TOWN\",\"shape\"").replace("Point", "MultiPoint");
        assertThatThrownBy(() -> CheckpointGeoJson.read(new StringReader(badGeometry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geometry.type");
    }

    private static Point point(SeedCheckpoint checkpoint) {
        return Geometries.FACTORY.createPoint(checkpoint.location());
    }

    /** The fence, roughly: the platform builds it properly; here a buffer in degrees of latitude (larger east-west). */
    private static Geometry fenceApproximation(SeedCheckpoint checkpoint) {
        double size = checkpoint.shape() == Shape.CIRCLE ? checkpoint.sizeMetres()
                : checkpoint.shape() == Shape.CORRIDOR ? checkpoint.sizeMetres() : 0;
        return checkpoint.geometry().buffer(Metres.asDegrees(size) / 0.88);
    }

    private static double metresToBoundary(List<GisFeature> units, Point point) {
        double degrees = units.stream().mapToDouble(unit -> unit.geometry().getBoundary().distance(point)).min()
                .orElseThrow();
        // the nearest boundary point can lie in any direction: bound by the smaller east-west degree
        return degrees * Metres.perDegreeLon(point.getY());
    }
}
