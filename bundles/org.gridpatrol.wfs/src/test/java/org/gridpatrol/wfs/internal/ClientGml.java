package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Geometries written the way the desktop clients write them in their Transactions, independent of the
 * service's own GML writer: QGIS 3.22 over WFS 1.0 (GML 2 {@code MultiPolygon}, {@code coordinates}
 * {@code lon,lat}, srsName {@code EPSG:4490}), QGIS over WFS 1.1 (GML 3 {@code MultiSurface},
 * {@code posList} in lat/lon for the urn CRS), and GDAL's {@code OGR_G_ExportToGMLEx(FORMAT=GML3)} for
 * WFS 1.1 (the same, with {@code srsDimension} and without an outer srsName on the members).
 */
final class ClientGml {

    private ClientGml() {
    }

    static String qgisGml2(MultiPolygon geometry) {
        StringBuilder gml = new StringBuilder("<gml:MultiPolygon srsName=\"EPSG:4490\">");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            gml.append("<gml:polygonMember><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing>")
                    .append("<gml:coordinates cs=\",\" ts=\" \">");
            List<String> tuples = new ArrayList<>();
            for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
                tuples.add(c.x + "," + c.y);
            }
            gml.append(String.join(" ", tuples)).append("</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs>")
                    .append("</gml:Polygon></gml:polygonMember>");
        }
        return gml.append("</gml:MultiPolygon>").toString();
    }

    static String gml3LatLon(MultiPolygon geometry, String srsName) {
        StringBuilder gml = new StringBuilder("<gml:MultiSurface srsName=\"" + srsName + "\">");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            gml.append("<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"2\">");
            List<String> positions = new ArrayList<>();
            for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
                positions.add(c.y + " " + c.x);
            }
            gml.append(String.join(" ", positions)).append("</gml:posList></gml:LinearRing></gml:exterior>")
                    .append("</gml:Polygon></gml:surfaceMember>");
        }
        return gml.append("</gml:MultiSurface>").toString();
    }

    static String gml3LonLat(MultiPolygon geometry) {
        return gml3LatLon(swapped(geometry), "EPSG:4490");
    }

    private static MultiPolygon swapped(MultiPolygon geometry) {
        MultiPolygon copy = (MultiPolygon) geometry.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double x = c.x;
            c.x = c.y;
            c.y = x;
        });
        copy.geometryChanged();
        return copy;
    }
}
