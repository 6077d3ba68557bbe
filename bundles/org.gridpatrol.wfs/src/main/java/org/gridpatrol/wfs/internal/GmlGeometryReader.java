package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a polygonal GML geometry into a lon/lat multipolygon: GML 2 ({@code Polygon}/{@code MultiPolygon},
 * {@code outerBoundaryIs}, {@code coordinates} with any {@code cs}/{@code ts}/{@code decimal}), GML 3.1.1 and
 * 3.2 ({@code MultiSurface}, {@code surfaceMember(s)}, {@code Surface}/{@code PolygonPatch}, {@code exterior},
 * {@code posList}/{@code pos}). The axis order comes from the nearest {@code srsName} ({@link Crs}).
 * Validity (self-intersection, winding, topology) is the edit service's job; this only refuses what cannot
 * be a polygon at all, naming the element.
 */
final class GmlGeometryReader {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

    private final WfsVersion version;

    GmlGeometryReader(WfsVersion version) {
        this.version = version;
    }

    /** {@code holder}: the property element containing the geometry (e.g. {@code <gp:geometry>}). */
    MultiPolygon readProperty(Element holder, String locator) {
        List<Element> children = Xml.children(holder);
        if (children.isEmpty()) {
            throw WfsException.invalidParameter(version, locator, "no geometry inside " + holder.getLocalName());
        }
        return read(children.get(0), locator);
    }

    MultiPolygon read(Element geometry, String locator) {
        String where = locator + "/" + geometry.getLocalName();
        List<Polygon> polygons = new ArrayList<>();
        switch (geometry.getLocalName()) {
            case "Polygon", "Surface" -> polygons.add(polygon(geometry, where));
            case "MultiPolygon", "MultiSurface" -> collectMembers(geometry, polygons, where);
            default -> throw WfsException.invalidParameter(version, where, "unsupported geometry "
                    + geometry.getLocalName() + "; a boundary must be a Polygon, MultiPolygon, Surface or MultiSurface");
        }
        if (polygons.isEmpty()) {
            throw WfsException.invalidParameter(version, where, "the geometry has no polygons");
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private void collectMembers(Element multi, List<Polygon> polygons, String where) {
        for (Element member : Xml.children(multi)) {
            for (Element polygon : Xml.children(member)) {
                if (polygon.getLocalName().equals("Polygon") || polygon.getLocalName().equals("Surface")) {
                    polygons.add(polygon(polygon, where + "/" + member.getLocalName() + "[" + (polygons.size() + 1)
                            + "]"));
                } else {
                    throw WfsException.invalidParameter(version, where + "/" + member.getLocalName(),
                            "unsupported member " + polygon.getLocalName() + "; expected Polygon");
                }
            }
        }
    }

    private Polygon polygon(Element polygon, String where) {
        Element rings = polygon;
        if (polygon.getLocalName().equals("Surface")) {
            rings = Xml.child(polygon, "patches").flatMap(patches -> Xml.child(patches, "PolygonPatch"))
                    .orElseThrow(() -> WfsException.invalidParameter(version, where, "Surface without a PolygonPatch"));
        }
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Element boundary : Xml.children(rings)) {
            String name = boundary.getLocalName();
            boolean outer = name.equals("exterior") || name.equals("outerBoundaryIs");
            boolean inner = name.equals("interior") || name.equals("innerBoundaryIs");
            if (!outer && !inner) {
                continue;
            }
            Element ring = Xml.child(boundary, "LinearRing").orElseThrow(() -> WfsException.invalidParameter(
                    version, where + "/" + name, "expected a LinearRing"));
            LinearRing read = ring(ring, where + "/" + name);
            if (outer) {
                shell = read;
            } else {
                holes.add(read);
            }
        }
        if (shell == null) {
            throw WfsException.invalidParameter(version, where, "polygon without exterior/outerBoundaryIs");
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(Element ring, String where) {
        Crs crs = crs(ring, where);
        List<double[]> axes = new ArrayList<>();
        Optional<Element> posList = Xml.child(ring, "posList");
        Optional<Element> coordinates = Xml.child(ring, "coordinates");
        if (posList.isPresent()) {
            int dimension = dimension(posList.get(), where);
            axes.addAll(tuples(Xml.text(posList.get()).split("\\s+"), dimension, where + "/posList"));
        } else if (coordinates.isPresent()) {
            axes.addAll(coordinates(coordinates.get(), where + "/coordinates"));
        } else {
            for (Element pos : Xml.children(ring, "pos")) {
                axes.addAll(tuples(Xml.text(pos).split("\\s+"), Math.max(2, dimension(pos, where)), where + "/pos"));
            }
        }
        List<Coordinate> points = new ArrayList<>();
        for (double[] pair : axes) {
            double lon = crs.latitudeFirst() ? pair[1] : pair[0];
            double lat = crs.latitudeFirst() ? pair[0] : pair[1];
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw WfsException.invalidParameter(version, where, "coordinate " + GmlGeometryWriter.number(pair[0])
                        + " " + GmlGeometryWriter.number(pair[1]) + " is not a lon/lat position when read as "
                        + (crs.latitudeFirst() ? "lat/lon" : "lon/lat") + " (srsName " + crs.name()
                        + "; urn:ogc:def:crs:EPSG::4490 means latitude first, EPSG:4490 longitude first)");
            }
            points.add(new Coordinate(lon, lat));
        }
        if (points.size() < 4) {
            throw WfsException.invalidParameter(version, where, "a ring needs at least 4 positions, got "
                    + points.size());
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            Coordinate first = points.get(0);
            Coordinate last = points.get(points.size() - 1);
            throw WfsException.invalidParameter(version, where, "the ring is not closed: it starts at " + first.x + " "
                    + first.y + " and ends at " + last.x + " " + last.y + " (lon lat)");
        }
        return FACTORY.createLinearRing(points.toArray(Coordinate[]::new));
    }

    private List<double[]> coordinates(Element coordinates, String where) {
        String cs = Xml.attribute(coordinates, "cs").orElse(",");
        String ts = Xml.attribute(coordinates, "ts").orElse(" ");
        String decimal = Xml.attribute(coordinates, "decimal").orElse(".");
        String text = Xml.text(coordinates);
        List<double[]> pairs = new ArrayList<>();
        String tupleSeparator = ts.isBlank() ? "\\s+" : java.util.regex.Pattern.quote(ts) + "|\\s+";
        for (String tuple : text.split(tupleSeparator)) {
            if (tuple.isBlank()) {
                continue;
            }
            String[] values = tuple.trim().split(java.util.regex.Pattern.quote(cs));
            if (values.length < 2) {
                throw WfsException.invalidParameter(version, where, "tuple '" + tuple + "' has fewer than 2 values");
            }
            pairs.add(new double[] {number(values[0], decimal, where), number(values[1], decimal, where)});
        }
        return pairs;
    }

    private List<double[]> tuples(String[] values, int dimension, String where) {
        List<String> numbers = java.util.Arrays.stream(values).filter(value -> !value.isBlank()).toList();
        if (numbers.size() % dimension != 0) {
            throw WfsException.invalidParameter(version, where, numbers.size() + " numbers do not make "
                    + dimension + "-dimensional positions");
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i += dimension) {
            pairs.add(new double[] {number(numbers.get(i), ".", where), number(numbers.get(i + 1), ".", where)});
        }
        return pairs;
    }

    private double number(String text, String decimal, String where) {
        try {
            return Double.parseDouble(decimal.equals(".") ? text.trim() : text.trim().replace(decimal, "."));
        } catch (NumberFormatException notANumber) {
            throw WfsException.invalidParameter(version, where, "'" + text.trim() + "' is not a number");
        }
    }

    private int dimension(Element element, String where) {
        Optional<String> declared = inherited(element, "srsDimension").or(() -> inherited(element, "dimension"));
        if (declared.isEmpty()) {
            return 2;
        }
        int dimension = Kvp.parseInteger(version, where + "@srsDimension", declared.get(), 2);
        if (dimension > 3) {
            throw WfsException.invalidParameter(version, where, "srsDimension " + dimension + " is not supported");
        }
        return dimension;
    }

    private Crs crs(Element element, String where) {
        return inherited(element, "srsName").map(name -> Crs.require(name, where + "@srsName", version))
                .orElse(Crs.defaultFor(version));
    }

    /** An attribute on the element or the nearest ancestor that has it. */
    private static Optional<String> inherited(Element element, String attribute) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            Optional<String> value = Xml.attribute(current, attribute);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
