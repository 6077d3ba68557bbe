package org.gridpatrol.checkpoint.internal;

import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Checkpoints to save in tests, in the west micro-grid of {@link Territory} unless placed elsewhere. */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);
    static final double LON = 120.52;
    static final double LAT = 27.75;

    private Shapes() {
    }

    static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    static Checkpoint circle(String code, double radiusMetres) {
        return circle(code, LON, LAT, radiusMetres);
    }

    static Checkpoint circle(String code, double lon, double lat, double radiusMetres) {
        return new Checkpoint(code, "卡点" + code, CheckpointLevel.VILLAGE, point(lon, lat), FenceShape.CIRCLE, null,
                radiusMetres, null, null);
    }

    /** A road running east from the standard place, {@code lengthDegrees} long. */
    static Checkpoint corridor(String code, double lengthDegrees, double halfWidthMetres) {
        LineString road = line(LON, LAT, LON + lengthDegrees, LAT);
        return new Checkpoint(code, "道路卡点" + code, CheckpointLevel.COUNTY, point(LON + lengthDegrees / 2, LAT),
                FenceShape.CORRIDOR, road, halfWidthMetres, null, null);
    }

    static Checkpoint polygon(String code, Polygon outline) {
        return new Checkpoint(code, "小区卡点" + code, CheckpointLevel.BUILDING, outline.getInteriorPoint(),
                FenceShape.POLYGON, outline, 0, null, null);
    }

    /** A square of {@code side} degrees with its south-west corner at lon/lat. */
    static Polygon square(double lon, double lat, double side) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
            new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    static LineString line(double... lonLats) {
        Coordinate[] coordinates = new Coordinate[lonLats.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(lonLats[2 * i], lonLats[2 * i + 1]);
        }
        return FACTORY.createLineString(coordinates);
    }
}
