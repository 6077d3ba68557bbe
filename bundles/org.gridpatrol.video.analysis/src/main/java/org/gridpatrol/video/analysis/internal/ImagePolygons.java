package org.gridpatrol.video.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.video.api.ImagePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Zone polygons in image pixels as JTS geometry (x right, y down; orientation does not matter here). */
public final class ImagePolygons {

    private static final GeometryFactory PIXELS = new GeometryFactory();

    private ImagePolygons() {
    }

    /** The polygon of finite points, closed if the caller did not repeat the first point; needs >= 3 points. */
    public static Polygon polygon(List<ImagePoint> points) {
        List<Coordinate> ring = new ArrayList<>(points.size() + 1);
        for (ImagePoint p : points) {
            ring.add(new Coordinate(p.x(), p.y()));
        }
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0).copy());
        }
        while (ring.size() < 4) {
            ring.add(ring.get(0).copy());
        }
        return PIXELS.createPolygon(ring.toArray(Coordinate[]::new));
    }

    public static GeometryFactory factory() {
        return PIXELS;
    }
}
