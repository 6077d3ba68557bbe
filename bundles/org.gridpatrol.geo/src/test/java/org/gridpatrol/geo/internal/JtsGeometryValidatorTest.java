package org.gridpatrol.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.geographiclib.Geodesic;
import org.gridpatrol.geo.api.GeometryProblem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

class JtsGeometryValidatorTest {

    private final JtsGeometryValidator validator = new JtsGeometryValidator();

    // --- polygonProblem -------------------------------------------------------------------------

    @Test
    void acceptsPolygonsWithHolesAndMultipolygons() {
        Polygon withHole = Shapes.FACTORY.createPolygon(Shapes.boxRing(120, 30, 120.1, 30.1),
                new LinearRing[] {Shapes.boxRing(120.02, 30.02, 120.05, 30.05)});
        assertThat(validator.polygonProblem(withHole)).isEmpty();
        // Two members touching at one corner are still a valid multipolygon.
        Geometry twoCells = Shapes.FACTORY.createMultiPolygon(new Polygon[] {
            Shapes.box(120, 30, 120.1, 30.1), Shapes.box(120.1, 30.1, 120.2, 30.2)});
        assertThat(validator.polygonProblem(twoCells)).isEmpty();
        // Clockwise rings are fine: orientation is a writing convention, not validity.
        assertThat(validator.polygonProblem(Shapes.FACTORY.createPolygon(
                Shapes.ring(120, 30, 120, 30.1, 120.1, 30.1, 120.1, 30)))).isEmpty();
    }

    @Test
    void refusesMissingEmptyAndNonPolygonalGeometries() {
        assertThat(reason(null)).isEqualTo("geometry is missing");
        assertThat(validator.polygonProblem(null)).get().matches(p -> !p.hasLocation());
        assertThat(reason(Shapes.FACTORY.createPolygon())).isEqualTo("geometry is empty");
        assertThat(reason(Shapes.FACTORY.createMultiPolygon())).isEqualTo("geometry is empty");
        assertThat(reason(Shapes.FACTORY.createPoint(new Coordinate(120, 30))))
                .isEqualTo("expected a Polygon or MultiPolygon, got a Point");
        assertThat(reason(Shapes.boxRing(120, 30, 121, 31))).contains("got a LinearRing");
    }

    @Test
    void locatesABowTieSelfIntersectionAtTheCrossing() {
        Polygon bowTie = Shapes.FACTORY.createPolygon(Shapes.ring(120, 30, 120.1, 30.1, 120.1, 30, 120, 30.1));
        GeometryProblem problem = validator.polygonProblem(bowTie).orElseThrow();
        assertThat(problem.reason()).contains("self-intersection").contains("(120.05, 30.05)");
        assertThat(problem.lon()).isCloseTo(120.05, within(1e-9));
        assertThat(problem.lat()).isCloseTo(30.05, within(1e-9));
    }

    @Test
    void locatesARingThatTouchesItself() {
        // The outline returns to (120.05, 30.1) and pinches there.
        Polygon pinched = Shapes.FACTORY.createPolygon(Shapes.ring(
                120, 30, 120.1, 30, 120.1, 30.1, 120.05, 30.1, 120.07, 30.05, 120.03, 30.05, 120.05, 30.1, 120, 30.1));
        GeometryProblem problem = validator.polygonProblem(pinched).orElseThrow();
        assertThat(problem.reason()).contains("ring self-intersection");
        assertThat(problem.lon()).isCloseTo(120.05, within(1e-9));
        assertThat(problem.lat()).isCloseTo(30.1, within(1e-9));
    }

    @Test
    void refusesHolesOutsideOrCrossingTheShell() {
        Polygon holeOutside = Shapes.FACTORY.createPolygon(Shapes.boxRing(120, 30, 120.1, 30.1),
                new LinearRing[] {Shapes.boxRing(120.2, 30.2, 120.3, 30.3)});
        GeometryProblem outside = validator.polygonProblem(holeOutside).orElseThrow();
        assertThat(outside.reason()).contains("hole lies outside");
        assertThat(outside.hasLocation()).isTrue();

        Polygon holeCrossing = Shapes.FACTORY.createPolygon(Shapes.boxRing(120, 30, 120.1, 30.1),
                new LinearRing[] {Shapes.boxRing(120.05, 30.05, 120.15, 30.08)});
        GeometryProblem crossing = validator.polygonProblem(holeCrossing).orElseThrow();
        assertThat(crossing.reason()).contains("self-intersection");
        assertThat(crossing.lon()).isCloseTo(120.1, within(1e-9));
    }

    @Test
    void refusesNestedHolesAndHolesThatSplitThePolygon() {
        Polygon nested = Shapes.FACTORY.createPolygon(Shapes.boxRing(120, 30, 120.1, 30.1), new LinearRing[] {
            Shapes.boxRing(120.01, 30.01, 120.09, 30.09), Shapes.boxRing(120.03, 30.03, 120.05, 30.05)});
        assertThat(reason(nested)).contains("hole lies inside another hole");

        // A hole touching the shell on two sides cuts the polygon into two pieces.
        Polygon split = Shapes.FACTORY.createPolygon(Shapes.boxRing(120, 30, 120.1, 30.1), new LinearRing[] {
            Shapes.ring(120.05, 30, 120.06, 30.05, 120.05, 30.1, 120.04, 30.05)});
        assertThat(reason(split)).contains("separate pieces");
    }

    @Test
    void refusesNestedAndOverlappingMembersOfAMultipolygon() {
        Geometry nested = Shapes.FACTORY.createMultiPolygon(new Polygon[] {
            Shapes.box(120, 30, 120.1, 30.1), Shapes.box(120.02, 30.02, 120.05, 30.05)});
        assertThat(reason(nested)).contains("nested shells");

        Geometry overlapping = Shapes.FACTORY.createMultiPolygon(new Polygon[] {
            Shapes.box(120, 30, 120.1, 30.1), Shapes.box(120.05, 30.05, 120.15, 30.15)});
        assertThat(reason(overlapping)).contains("self-intersection");
    }

    @Test
    void refusesCollapsedRings() {
        // Closed and four points long, but the points are collinear: no area.
        Polygon flat = Shapes.FACTORY.createPolygon(Shapes.ring(120, 30, 120.1, 30, 120.2, 30));
        assertThat(validator.polygonProblem(flat)).isPresent();
        // Repeated points leave only two distinct ones.
        Polygon tooFew = Shapes.FACTORY.createPolygon(Shapes.ring(120, 30, 120.1, 30, 120.1, 30));
        assertThat(reason(tooFew)).contains("too few distinct points");
    }

    @Test
    void refusesUnclosedAndShortRingsThatBypassedTheFactoryChecks() {
        LinearRing unclosed = new LinearRing(new CoordinateArraySequence(new Coordinate[] {
            new Coordinate(120, 30), new Coordinate(120.1, 30), new Coordinate(120.1, 30.1), new Coordinate(120, 30.1),
            new Coordinate(120, 30)}), Shapes.FACTORY);
        unclosed.getCoordinateSequence().setOrdinate(4, 0, 120.001);
        GeometryProblem problem = validator.polygonProblem(Shapes.FACTORY.createPolygon(unclosed)).orElseThrow();
        assertThat(problem.reason())
                .isEqualTo("ring 0 of the polygon is not closed: first (120, 30) last (120.001, 30)");
        assertThat(problem.lon()).isEqualTo(120);
    }

    @Test
    void namesTheVertexWithCoordinatesOutOfRangeOrNotANumber() {
        Polygon swapped = Shapes.FACTORY.createPolygon(Shapes.ring(30, 120, 30.1, 120, 30.1, 120.1));
        assertThat(reason(swapped)).startsWith("vertex 0 of ring 0 of the polygon (30, 120) is outside");

        Polygon nan = Shapes.box(120, 30, 120.1, 30.1);
        nan.getExteriorRing().getCoordinateSequence().setOrdinate(2, 1, Double.NaN);
        GeometryProblem problem = validator.polygonProblem(nan).orElseThrow();
        assertThat(problem.reason()).startsWith("vertex 2 of ring 0 of the polygon is not a finite lon/lat");
        assertThat(problem.lon()).isEqualTo(120.1);
        assertThat(problem.lat()).isEqualTo(30);

        Geometry second = Shapes.FACTORY.createMultiPolygon(new Polygon[] {
            Shapes.box(120, 30, 120.1, 30.1), Shapes.FACTORY.createPolygon(Shapes.ring(200, 30, 200.1, 30, 200.1, 30.1))});
        assertThat(reason(second)).startsWith("vertex 0 of ring 0 of polygon 1 (200, 30)");
    }

    // --- outsideProblem -------------------------------------------------------------------------

    private final Polygon town = Shapes.box(120.60, 27.80, 120.70, 27.90);

    @Test
    void acceptsChildrenInsideOrOnTheBoundaryOfTheirParent() {
        assertThat(validator.outsideProblem(Shapes.box(120.62, 27.82, 120.64, 27.84), town, 0)).isEmpty();
        // Sharing the parent's edges exactly, with zero tolerance.
        assertThat(validator.outsideProblem(Shapes.box(120.60, 27.80, 120.65, 27.90), town, 0)).isEmpty();
        assertThat(validator.outsideProblem(town, town, 0)).isEmpty();
        // A vertex on the parent's edge between two of its vertices.
        Polygon triangle = Shapes.FACTORY.createPolygon(Shapes.ring(120.62, 27.82, 120.70, 27.85, 120.62, 27.88));
        assertThat(validator.outsideProblem(triangle, town, 0)).isEmpty();
    }

    @Test
    void toleratesOverhangWithinTheToleranceOnly() {
        // 0.0001° of longitude east of the town: about 9.8 m at 27.83°N.
        Polygon overhanging = Shapes.box(120.65, 27.82, 120.7001, 27.84);
        double overhang = metres(120.70, 27.83, 120.7001, 27.83);
        assertThat(validator.outsideProblem(overhanging, town, overhang + 0.5)).isEmpty();

        GeometryProblem problem = validator.outsideProblem(overhanging, town, 5).orElseThrow();
        assertThat(problem.reason()).startsWith("lies outside its parent by up to").contains("(tolerance 5 m)");
        assertThat(outsideBy(problem)).isCloseTo(overhang, within(0.1));
        assertThat(problem.lon()).isBetween(120.70, 120.7001);
        assertThat(problem.lat()).isBetween(27.82, 27.84);
    }

    @Test
    void reportsTheFarthestOfSeveralOutsideParts() {
        Geometry twoOverhangs = Shapes.FACTORY.createMultiPolygon(new Polygon[] {
            Shapes.box(120.65, 27.82, 120.701, 27.83),     // ~98 m east
            Shapes.box(120.61, 27.895, 120.62, 27.91)});    // ~1.1 km north
        GeometryProblem problem = validator.outsideProblem(twoOverhangs, town, 10).orElseThrow();
        assertThat(outsideBy(problem)).isCloseTo(metres(120.61, 27.90, 120.61, 27.91), within(0.5));
        assertThat(problem.lat()).isBetween(27.90, 27.9100001);
        assertThat(problem.lon()).isBetween(120.61, 120.62);
        assertThat(town.contains(Shapes.FACTORY.createPoint(new Coordinate(problem.lon(), problem.lat())))).isFalse();
    }

    @Test
    void measuresToTheNearestEdgeOfAHoleInTheParent() {
        Polygon parentWithHole = Shapes.FACTORY.createPolygon(Shapes.boxRing(120.60, 27.80, 120.70, 27.90),
                new LinearRing[] {Shapes.boxRing(120.64, 27.84, 120.66, 27.86)});
        Polygon inHole = Shapes.box(120.645, 27.845, 120.655, 27.855);
        GeometryProblem problem = validator.outsideProblem(inHole, parentWithHole, 1).orElseThrow();
        // The farthest points lie on the child's middle meridian, 0.01° of longitude from the
        // hole's side edges (its top and bottom edges are farther).
        assertThat(problem.lon()).isCloseTo(120.65, within(1e-4));
        assertThat(problem.lat()).isBetween(27.845, 27.855);
        assertThat(outsideBy(problem)).isCloseTo(metres(120.64, 27.85, 120.65, 27.85), within(1.0));
    }

    @Test
    void checksPointsAndLinesToo() {
        Geometry post = Shapes.FACTORY.createPoint(new Coordinate(120.71, 27.85));
        GeometryProblem problem = validator.outsideProblem(post, town, 10).orElseThrow();
        assertThat(outsideBy(problem)).isCloseTo(metres(120.70, 27.85, 120.71, 27.85), within(0.5));
        assertThat(problem.lon()).isCloseTo(120.71, within(1e-9));

        Geometry road = Shapes.FACTORY.createLineString(new Coordinate[] {
            new Coordinate(120.65, 27.85), new Coordinate(120.65, 27.9005)});
        assertThat(validator.outsideProblem(road, town, 100)).isEmpty();
        assertThat(validator.outsideProblem(road, town, 10)).isPresent();
    }

    @Test
    void refusesEverythingOutsideAnEmptyParentAndRejectsBadTolerance() {
        assertThat(validator.outsideProblem(town, Shapes.FACTORY.createPolygon(), 10)).get()
                .matches(p -> p.reason().contains("parent geometry is empty"));
        assertThat(validator.outsideProblem(Shapes.FACTORY.createPolygon(), town, 10)).isEmpty();
        assertThatThrownBy(() -> validator.outsideProblem(town, town, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> validator.outsideProblem(town, town, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double outsideBy(GeometryProblem problem) {
        Matcher number = Pattern.compile("by up to ([0-9.]+) m").matcher(problem.reason());
        assertThat(number.find()).as(problem.reason()).isTrue();
        return Double.parseDouble(number.group(1));
    }

    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    private String reason(Geometry geometry) {
        Optional<GeometryProblem> problem = validator.polygonProblem(geometry);
        assertThat(problem).as("a problem with %s", geometry).isPresent();
        return problem.get().reason();
    }
}
