package org.gridpatrol.grid.internal;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Hand-made geometries and units for tests, in lon/lat around Rui'an (120.6E, 27.8N). */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    private Shapes() {
    }

    static Polygon rectangle(double minLon, double minLat, double maxLon, double maxLat) {
        return FACTORY.createPolygon(ring(minLon, minLat, maxLon, maxLat));
    }

    static Polygon rectangleWithHole(double minLon, double minLat, double maxLon, double maxLat,
            double holeMinLon, double holeMinLat, double holeMaxLon, double holeMaxLat) {
        return FACTORY.createPolygon(ring(minLon, minLat, maxLon, maxLat),
                new LinearRing[] {ring(holeMinLon, holeMinLat, holeMaxLon, holeMaxLat)});
    }

    static MultiPolygon multi(Polygon... parts) {
        return FACTORY.createMultiPolygon(parts);
    }

    static MultiPolygon multiPolygon(Geometry polygonal) {
        return polygonal instanceof MultiPolygon multi ? multi : multi((Polygon) polygonal);
    }

    static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return multi(rectangle(minLon, minLat, maxLon, maxLat));
    }

    /** A "bow tie": its ring crosses itself at (lon + 0.005, lat + 0.005). */
    static MultiPolygon bowTie(double lon, double lat) {
        Coordinate[] ring = {
            new Coordinate(lon, lat), new Coordinate(lon + 0.01, lat + 0.01), new Coordinate(lon + 0.01, lat),
            new Coordinate(lon, lat + 0.01), new Coordinate(lon, lat)};
        return multi(FACTORY.createPolygon(ring));
    }

    static GridUnit unit(String code, AdminLevel level, String parent, MultiPolygon geometry) {
        GridWorker worker = level.hasWorker() ? new GridWorker("网格员" + code.substring(code.length() - 3),
                "138" + code.substring(code.length() - 8)) : null;
        return new GridUnit(code, "单元" + code, level, parent, geometry, worker);
    }

    private static LinearRing ring(double minLon, double minLat, double maxLon, double maxLat) {
        return FACTORY.createLinearRing(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
            new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }
}
