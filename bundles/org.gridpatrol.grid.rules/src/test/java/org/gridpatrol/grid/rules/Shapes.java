package org.gridpatrol.grid.rules;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Geometry edits for the tests, in lon/lat with offsets in metres (approximate, independent of the code under test). */
final class Shapes {

    static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);
    static final double METRES_PER_DEGREE_LAT = 110_790;

    private Shapes() {
    }

    static double metresPerDegreeLon(double lat) {
        return 111_320 * Math.cos(Math.toRadians(lat));
    }

    /** At most this many metres from {@code point}, measured generously (1° ≥ 98 km at Rui'an's latitude). */
    static boolean within(Geometry lonLat, Coordinate point, double metres) {
        return lonLat.distance(LON_LAT.createPoint(point)) < metres / 98_000;
    }

    static double squareMetres(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0;
        }
        double lat = lonLat.getEnvelopeInternal().centre().y;
        return lonLat.getArea() * METRES_PER_DEGREE_LAT * metresPerDegreeLon(lat);
    }

    static Coordinate offset(Coordinate from, double eastMetres, double northMetres) {
        return new Coordinate(from.x + eastMetres / metresPerDegreeLon(from.y),
                from.y + northMetres / METRES_PER_DEGREE_LAT);
    }

    /** A copy with every occurrence of {@code vertex} moved (the first and last point of a ring move together). */
    static MultiPolygon moveVertex(MultiPolygon geometry, Coordinate vertex, double eastMetres, double northMetres) {
        Coordinate moved = offset(vertex, eastMetres, northMetres);
        MultiPolygon copy = (MultiPolygon) LON_LAT.createGeometry(geometry);
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                if (sequence.getCoordinate(i).equals2D(vertex)) {
                    sequence.setOrdinate(i, 0, moved.x);
                    sequence.setOrdinate(i, 1, moved.y);
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    static Polygon square(Coordinate centre, double halfSideMetres) {
        return LON_LAT.createPolygon(new Coordinate[] {
            offset(centre, -halfSideMetres, -halfSideMetres), offset(centre, halfSideMetres, -halfSideMetres),
            offset(centre, halfSideMetres, halfSideMetres), offset(centre, -halfSideMetres, halfSideMetres),
            offset(centre, -halfSideMetres, -halfSideMetres)});
    }

    /** A ring that crosses itself at {@code centre}: two triangles meeting there. */
    static MultiPolygon bowTie(Coordinate centre, double halfSideMetres) {
        Coordinate start = offset(centre, -halfSideMetres, -halfSideMetres);
        return multi(LON_LAT.createPolygon(new Coordinate[] {
            start, offset(centre, halfSideMetres, halfSideMetres), offset(centre, halfSideMetres, -halfSideMetres),
            offset(centre, -halfSideMetres, halfSideMetres), start}));
    }

    /** A copy of a one-part multipolygon with {@code hole} cut out of it. */
    static MultiPolygon withHole(MultiPolygon geometry, Polygon hole) {
        Polygon shell = (Polygon) geometry.getGeometryN(0);
        LinearRing[] holes = new LinearRing[shell.getNumInteriorRing() + 1];
        for (int i = 0; i < shell.getNumInteriorRing(); i++) {
            holes[i] = shell.getInteriorRingN(i);
        }
        holes[holes.length - 1] = (LinearRing) hole.getExteriorRing().reverse();
        return multi(LON_LAT.createPolygon(shell.getExteriorRing(), holes));
    }

    static MultiPolygon multi(Geometry polygonal) {
        if (polygonal instanceof MultiPolygon multi) {
            return multi;
        }
        return LON_LAT.createMultiPolygon(new Polygon[] {(Polygon) polygonal});
    }
}
