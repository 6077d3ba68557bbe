package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class LevelPartitionerTest {

    private static final GeometryFactory FLOATING = new GeometryFactory();
    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void splitsAParentWithAHoleAndKeepsTheHoleEmpty() throws ParseException {
        Geometry parent = wkt.read("POLYGON ((0 0, 0 0.1, 0.1 0.1, 0.1 0, 0 0),"
                + " (0.04 0.04, 0.06 0.04, 0.06 0.06, 0.04 0.06, 0.04 0.04))");
        List<Coordinate> seeds = List.of(new Coordinate(0.02, 0.02), new Coordinate(0.08, 0.021),
                new Coordinate(0.079, 0.08), new Coordinate(0.021, 0.079));

        List<Geometry> children = LevelPartitioner.partition(List.of(parent), List.of(seeds)).get(0);

        assertTiles(parent, seeds, children);
        Geometry inHole = Geometries.FACTORY.createPoint(new Coordinate(0.05, 0.05));
        assertThat(children).noneMatch(child -> child.intersects(inHole));
    }

    @Test
    void neighbouringParentsGetChildrenWithIdenticalSharedEdges() throws ParseException {
        Geometry left = wkt.read("POLYGON ((0 0, 0 0.1, 0.1 0.1, 0.1 0, 0 0))");
        Geometry right = wkt.read("MULTIPOLYGON (((0.1 0, 0.1 0.1, 0.17 0.1, 0.17 0, 0.1 0)),"
                + " ((0.2 0, 0.2 0.05, 0.25 0.05, 0.25 0, 0.2 0)))");
        List<Coordinate> leftSeeds = List.of(new Coordinate(0.03, 0.03), new Coordinate(0.07, 0.04),
                new Coordinate(0.05, 0.08));
        List<Coordinate> rightSeeds = List.of(new Coordinate(0.13, 0.02), new Coordinate(0.14, 0.08),
                new Coordinate(0.225, 0.02));

        List<List<Geometry>> children = LevelPartitioner.partition(List.of(left, right),
                List.of(leftSeeds, rightSeeds));

        assertTiles(left, leftSeeds, children.get(0));
        assertTiles(right, rightSeeds, children.get(1));
        List<Geometry> all = new ArrayList<>(children.get(0));
        all.addAll(children.get(1));
        assertThat(CoverageValidator.isValid(all.toArray(Geometry[]::new))).as("exact coverage").isTrue();
    }

    @Test
    void roundsCrossingsOntoTheOutputGrid() throws ParseException {
        Geometry parent = wkt.read("POLYGON ((0 0, 0.0300001 0.1, 0.1 0.0700003, 0 0))");
        List<Coordinate> seeds = List.of(new Coordinate(0.02, 0.04), new Coordinate(0.045, 0.06));

        List<Geometry> children = LevelPartitioner.partition(List.of(parent), List.of(seeds)).get(0);

        for (Geometry child : children) {
            assertThat(child.isValid()).isTrue();
            for (Coordinate vertex : child.getCoordinates()) {
                assertThat(Math.rint(vertex.x * 1e7) / 1e7).isEqualTo(vertex.x);
                assertThat(Math.rint(vertex.y * 1e7) / 1e7).isEqualTo(vertex.y);
            }
        }
        assertThat(CoverageValidator.isValid(children.toArray(Geometry[]::new))).isTrue();
        // a crossing rounded off a sloping parent edge moves it by under 1e-7 degrees: only a sliver changes
        Geometry union = UnaryUnionOp.union(children);
        assertThat(OverlayNGRobust.overlay(union, parent, OverlayNG.SYMDIFFERENCE).getArea()).isLessThan(1e-8 * 0.2);
    }

    /** Children are valid, contain their own seed, and cover the parent exactly with no overlap. */
    private static void assertTiles(Geometry parent, List<Coordinate> seeds, List<Geometry> children) {
        assertThat(children).hasSameSizeAs(seeds);
        double childArea = 0;
        for (int i = 0; i < children.size(); i++) {
            Geometry child = children.get(i);
            assertThat(child.isValid()).isTrue();
            assertThat(child.contains(Geometries.FACTORY.createPoint(seeds.get(i)))).as("child %d", i).isTrue();
            childArea += child.getArea();
        }
        Geometry union = UnaryUnionOp.union(children.stream().map(FLOATING::createGeometry).toList());
        Geometry gapsAndSpills = OverlayNGRobust.overlay(union, FLOATING.createGeometry(parent),
                OverlayNG.SYMDIFFERENCE);
        assertThat(gapsAndSpills.getArea()).isLessThan(1e-15);
        assertThat(Math.abs(childArea - parent.getArea())).isLessThan(1e-15);
    }
}
