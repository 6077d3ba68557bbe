package org.gridpatrol.video.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.gridpatrol.geo.api.LonLat;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The ground footprint of an image: the image rectangle is first cut in image space where the
 * projection runs off towards the horizon (so nothing is projected to infinity), the remaining
 * convex polygon is projected (a homography keeps straight edges straight on the visible side), and
 * the result is cut to a disc around the frame's origin.
 */
public final class Footprint {

    /** The image is cut where ground points would lie farther than this before the range cut. */
    private static final double FAR_LIMIT_METRES = 50_000;
    private static final int SRID_CGCS2000 = 4490;
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), SRID_CGCS2000);
    private static final GeometryFactory METRES = new GeometryFactory();

    private Footprint() {
    }

    public static Polygon of(Homography imageToLocal, LocalFrame frame, int width, int height, double rangeMetres) {
        double[][] corners = {{0, 0}, {width, 0}, {width, height}, {0, height}};
        double bound = 0;
        for (double[] c : corners) {
            bound = Math.max(bound, Math.hypot(imageToLocal.numeratorX(c[0], c[1]), imageToLocal.numeratorY(c[0], c[1])));
        }
        double minDenominator = Math.max(bound / FAR_LIMIT_METRES, Double.MIN_NORMAL);
        List<double[]> visible = clip(corners, imageToLocal, minDenominator);
        if (visible.size() < 3) {
            return LON_LAT.createPolygon();
        }
        Coordinate[] ring = new Coordinate[visible.size() + 1];
        for (int i = 0; i < visible.size(); i++) {
            double[] ground = imageToLocal.apply(visible.get(i)[0], visible.get(i)[1]);
            ring[i] = new Coordinate(ground[0], ground[1]);
        }
        ring[visible.size()] = ring[0].copy();
        Geometry projected = METRES.createPolygon(ring);
        Geometry cut = projected.intersection(METRES.createPoint(new Coordinate(0, 0)).buffer(rangeMetres, 16));
        if (!(cut instanceof Polygon metric) || cut.isEmpty()) {
            return LON_LAT.createPolygon();
        }
        return toLonLat(metric, frame);
    }

    /** Sutherland-Hodgman against the half-plane denominator >= min. */
    private static List<double[]> clip(double[][] polygon, Homography h, double min) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < polygon.length; i++) {
            double[] a = polygon[i];
            double[] b = polygon[(i + 1) % polygon.length];
            double fa = h.denominator(a[0], a[1]) - min;
            double fb = h.denominator(b[0], b[1]) - min;
            if (fa >= 0) {
                out.add(a);
            }
            if ((fa >= 0) != (fb >= 0)) {
                double t = fa / (fa - fb);
                out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    private static Polygon toLonLat(Polygon metric, LocalFrame frame) {
        Coordinate[] shell = metric.getExteriorRing().getCoordinates();
        Coordinate[] lonLat = new Coordinate[shell.length];
        for (int i = 0; i < shell.length; i++) {
            LonLat p = frame.toLonLat(shell[i].x, shell[i].y);
            lonLat[i] = new Coordinate(p.lon(), p.lat());
        }
        if (!Orientation.isCCW(lonLat)) {
            // GeoJSON (RFC 7946) wants exterior rings counter-clockwise.
            Collections.reverse(Arrays.asList(lonLat));
        }
        return LON_LAT.createPolygon(lonLat);
    }
}
