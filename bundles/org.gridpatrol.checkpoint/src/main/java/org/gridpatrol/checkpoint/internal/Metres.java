package org.gridpatrol.checkpoint.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Rough metric sizes for plausibility checks (how far the staff's place is from the fence, how long a
 * corridor is): a local equirectangular frame on a sphere, within about 0.5 % over a few kilometres, which
 * is all a check with tens of metres of slack needs. Fences themselves are built by the fence library.
 */
final class Metres {

    private static final double PER_DEGREE_LAT = Math.toRadians(6_371_008.8);

    private Metres() {
    }

    static double distance(Point from, Geometry to) {
        return metric(from, from).distance(metric(to, from));
    }

    static double length(Geometry line) {
        return metric(line, line.getCentroid()).getLength();
    }

    private static Geometry metric(Geometry lonLat, Point origin) {
        double x0 = origin.getX();
        double y0 = origin.getY();
        double perDegreeLon = PER_DEGREE_LAT * Math.cos(Math.toRadians(y0));
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, 0, (sequence.getX(i) - x0) * perDegreeLon);
                sequence.setOrdinate(i, 1, (sequence.getY(i) - y0) * PER_DEGREE_LAT);
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
}
