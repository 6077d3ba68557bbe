package org.gridpatrol.tracking.internal.fences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.grid.api.AdminLevel;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Where the scenarios walk, found in the demo micro-grids: two micro-grids of the same grid sharing a long
 * edge ({@link #west} and {@link #east}, "west" being the side the normal points away from), and the
 * roomiest micro-grid, where a checkpoint with a hole is put.
 */
final class DemoPlaces {

    private static final GeometryFactory LON_LAT = new GeometryFactory();

    final GisFeature west;
    final GisFeature east;
    final Metric edgeMiddle;
    final double edgeMetres;
    /** Unit normal of the shared edge in metres, pointing from {@link #west} into {@link #east}. */
    private final double normalEast;
    private final double normalNorth;
    final GisFeature roomy;
    final Metric roomyCentre;
    final double roomyRadiusMetres;

    DemoPlaces(DemoGrid grid) {
        List<GisFeature> micro = grid.level(AdminLevel.MICRO_GRID);
        Edge best = null;
        for (GisFeature a : micro) {
            for (GisFeature b : micro) {
                if (a.code().compareTo(b.code()) < 0 && a.parentCode().equals(b.parentCode())
                        && a.geometry().getEnvelopeInternal().intersects(b.geometry().getEnvelopeInternal())) {
                    Edge edge = longestSharedSegment(a, b);
                    if (edge != null && (best == null || edge.metres > best.metres)) {
                        best = edge;
                    }
                }
            }
        }
        assertThat(best).as("two micro-grids of one grid sharing an edge").isNotNull();
        Metric middle = Metric.at(new Coordinate((best.from.x + best.to.x) / 2, (best.from.y + best.to.y) / 2));
        double[] along = middle.metres(best.to);
        double length = Math.hypot(along[0], along[1]);
        double nx = -along[1] / length;
        double ny = along[0] / length;
        boolean aIsWest = best.a.geometry().covers(point(middle.offset(-30 * nx, -30 * ny)));
        this.west = aIsWest ? best.a : best.b;
        this.east = aIsWest ? best.b : best.a;
        this.edgeMiddle = middle;
        this.edgeMetres = best.metres;
        this.normalEast = nx;
        this.normalNorth = ny;

        GisFeature roomiest = null;
        MaximumInscribedCircle widest = null;
        double widestMetres = 0;
        for (GisFeature feature : micro) {
            Polygon part = largestPart(feature.geometry());
            MaximumInscribedCircle circle = new MaximumInscribedCircle(part, 1e-5);
            Metric at = Metric.at(circle.getCenter().getCoordinate());
            double metres = circle.getRadiusLine().getLength() * at.metresPerDegreeLon();
            if (metres > widestMetres) {
                roomiest = feature;
                widest = circle;
                widestMetres = metres;
            }
        }
        this.roomy = roomiest;
        this.roomyCentre = Metric.at(widest.getCenter().getCoordinate());
        this.roomyRadiusMetres = widestMetres;
        checkPreconditions();
    }

    /** A point {@code metres} from the middle of the shared edge: negative in west, positive in east. */
    Coordinate across(double metres) {
        return edgeMiddle.offset(metres * normalEast, metres * normalNorth);
    }

    /** As {@link #across}, moved {@code alongMetres} along the edge. */
    Coordinate across(double metres, double alongMetres) {
        return edgeMiddle.offset(metres * normalEast + alongMetres * normalNorth,
                metres * normalNorth - alongMetres * normalEast);
    }

    private void checkPreconditions() {
        assertThat(edgeMetres).as("shared edge length, m").isGreaterThan(400);
        for (double d = 10; d <= 200; d += 10) {
            assertThat(west.geometry().covers(point(across(-d)))).as("west side at %s m", d).isTrue();
            assertThat(east.geometry().covers(point(across(d)))).as("east side at %s m", d).isTrue();
        }
        assertThat(roomyRadiusMetres).as("room around the checkpoint, m").isGreaterThan(450);
    }

    static org.locationtech.jts.geom.Point point(Coordinate c) {
        return LON_LAT.createPoint(c);
    }

    private record Edge(GisFeature a, GisFeature b, Coordinate from, Coordinate to, double metres) {
    }

    private static Edge longestSharedSegment(GisFeature a, GisFeature b) {
        Geometry shared = a.geometry().getBoundary().intersection(b.geometry().getBoundary());
        Edge best = null;
        for (int i = 0; i < shared.getNumGeometries(); i++) {
            if (shared.getGeometryN(i) instanceof LineString line) {
                Coordinate[] c = line.getCoordinates();
                for (int j = 1; j < c.length; j++) {
                    double[] d = Metric.at(c[j - 1]).metres(c[j]);
                    double metres = Math.hypot(d[0], d[1]);
                    if (best == null || metres > best.metres) {
                        best = new Edge(a, b, c[j - 1], c[j], metres);
                    }
                }
            }
        }
        return best;
    }

    private static Polygon largestPart(Geometry area) {
        Polygon largest = null;
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Polygon part = (Polygon) area.getGeometryN(i);
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        return largest;
    }
}
