package org.gridpatrol.wfs.internal;

import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a lon/lat multipolygon as GML: {@code MultiPolygon}/{@code coordinates} for GML 2 (WFS 1.0),
 * {@code MultiSurface}/{@code posList} for GML 3.1.1 (WFS 1.1) and GML 3.2 (WFS 2.0, with the required
 * {@code gml:id}s), in the axis order of {@code crs}.
 */
final class GmlGeometryWriter {

    private final XMLStreamWriter xml;
    private final WfsVersion version;
    private final Crs crs;

    GmlGeometryWriter(XMLStreamWriter xml, WfsVersion version, Crs crs) {
        this.xml = xml;
        this.version = version;
        this.crs = crs;
    }

    /** {@code idBase} makes the GML 3.2 ids unique in the document, e.g. the feature id. */
    void write(MultiPolygon geometry, String idBase) throws XMLStreamException {
        String gml = version.gmlNamespace();
        if (version == WfsVersion.V1_0_0) {
            xml.writeStartElement(gml, "MultiPolygon");
            xml.writeAttribute("srsName", crs.name());
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                xml.writeStartElement(gml, "polygonMember");
                writePolygon((Polygon) geometry.getGeometryN(i), null);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return;
        }
        xml.writeStartElement(gml, "MultiSurface");
        writeId(idBase + ".geom");
        xml.writeAttribute("srsName", crs.name());
        xml.writeAttribute("srsDimension", "2");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            xml.writeStartElement(gml, "surfaceMember");
            writePolygon((Polygon) geometry.getGeometryN(i), idBase + ".geom." + i);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void writePolygon(Polygon polygon, String id) throws XMLStreamException {
        String gml = version.gmlNamespace();
        xml.writeStartElement(gml, "Polygon");
        writeId(id);
        boolean gml2 = version == WfsVersion.V1_0_0;
        writeRing(gml2 ? "outerBoundaryIs" : "exterior", polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(gml2 ? "innerBoundaryIs" : "interior", polygon.getInteriorRingN(i));
        }
        xml.writeEndElement();
    }

    private void writeRing(String role, LineString ring) throws XMLStreamException {
        String gml = version.gmlNamespace();
        xml.writeStartElement(gml, role);
        xml.writeStartElement(gml, "LinearRing");
        StringBuilder text = new StringBuilder(ring.getNumPoints() * 24);
        boolean gml2 = version == WfsVersion.V1_0_0;
        for (Coordinate c : ring.getCoordinates()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            double first = crs.latitudeFirst() ? c.y : c.x;
            double second = crs.latitudeFirst() ? c.x : c.y;
            text.append(number(first)).append(gml2 ? ',' : ' ').append(number(second));
        }
        if (gml2) {
            xml.writeStartElement(gml, "coordinates");
            xml.writeAttribute("decimal", ".");
            xml.writeAttribute("cs", ",");
            xml.writeAttribute("ts", " ");
        } else {
            xml.writeStartElement(gml, "posList");
        }
        xml.writeCharacters(text.toString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void writeId(String id) throws XMLStreamException {
        if (version == WfsVersion.V2_0_0 && id != null) {
            xml.writeAttribute("gml", version.gmlNamespace(), "id", id);
        }
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
