package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;

/** GetCapabilities in the WFS 1.0 layout (no OWS common): SRS {@code EPSG:4490}, lon/lat. */
final class Capabilities10Writer {

    private static final String WFS = WfsVersion.V1_0_0.wfsNamespace();
    private static final String OGC = ExceptionReportWriter.OGC_NAMESPACE;

    private final XMLStreamWriter xml;

    private Capabilities10Writer(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] write(String serviceUrl, Envelope extent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        XMLStreamWriter xml = Xml.writer(out);
        try {
            new Capabilities10Writer(xml).document(serviceUrl, extent);
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write capabilities", bug);
        }
        return out.toByteArray();
    }

    private void document(String serviceUrl, Envelope extent) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        XmlDocs.root(xml, "", "WFS_Capabilities", WFS, Map.of("ogc", OGC, FeatureType.PREFIX, FeatureType.NAMESPACE));
        xml.writeAttribute("version", "1.0.0");
        xml.writeStartElement(WFS, "Service");
        XmlDocs.element(xml, WFS, "Name", "WFS");
        XmlDocs.element(xml, WFS, "Title", "GridPatrol grid hierarchy");
        XmlDocs.element(xml, WFS, "OnlineResource", serviceUrl);
        xml.writeEndElement();

        xml.writeStartElement(WFS, "Capability");
        xml.writeStartElement(WFS, "Request");
        request("GetCapabilities", serviceUrl, true);
        xml.writeStartElement(WFS, "DescribeFeatureType");
        xml.writeStartElement(WFS, "SchemaDescriptionLanguage");
        xml.writeEmptyElement(WFS, "XMLSCHEMA");
        xml.writeEndElement();
        dcp(serviceUrl, true);
        xml.writeEndElement();
        xml.writeStartElement(WFS, "GetFeature");
        xml.writeStartElement(WFS, "ResultFormat");
        xml.writeEmptyElement(WFS, "GML2");
        xml.writeEmptyElement(WFS, "GeoJSON");
        xml.writeEndElement();
        dcp(serviceUrl, true);
        xml.writeEndElement();
        request("Transaction", serviceUrl, false);
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(WFS, "FeatureTypeList");
        xml.writeStartElement(WFS, "Operations");
        for (String operation : new String[] {"Query", "Insert", "Update", "Delete"}) {
            xml.writeEmptyElement(WFS, operation);
        }
        xml.writeEndElement();
        for (FeatureType type : FeatureType.values()) {
            xml.writeStartElement(WFS, "FeatureType");
            XmlDocs.element(xml, WFS, "Name", type.qualifiedName());
            XmlDocs.element(xml, WFS, "Title", type.title());
            XmlDocs.element(xml, WFS, "SRS", Crs.SHORT_4490.name());
            if (extent != null) {
                xml.writeEmptyElement(WFS, "LatLongBoundingBox");
                xml.writeAttribute("minx", GmlGeometryWriter.number(extent.getMinX()));
                xml.writeAttribute("miny", GmlGeometryWriter.number(extent.getMinY()));
                xml.writeAttribute("maxx", GmlGeometryWriter.number(extent.getMaxX()));
                xml.writeAttribute("maxy", GmlGeometryWriter.number(extent.getMaxY()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();

        xml.writeStartElement(OGC, "Filter_Capabilities");
        xml.writeStartElement(OGC, "Spatial_Capabilities");
        xml.writeStartElement(OGC, "Spatial_Operators");
        xml.writeEmptyElement(OGC, "BBOX");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(OGC, "Scalar_Capabilities");
        xml.writeEmptyElement(OGC, "Logical_Operators");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void request(String name, String serviceUrl, boolean get) throws XMLStreamException {
        xml.writeStartElement(WFS, name);
        dcp(serviceUrl, get);
        xml.writeEndElement();
    }

    private void dcp(String serviceUrl, boolean get) throws XMLStreamException {
        if (get) {
            xml.writeStartElement(WFS, "DCPType");
            xml.writeStartElement(WFS, "HTTP");
            xml.writeEmptyElement(WFS, "Get");
            xml.writeAttribute("onlineResource", serviceUrl + "?");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement(WFS, "DCPType");
        xml.writeStartElement(WFS, "HTTP");
        xml.writeEmptyElement(WFS, "Post");
        xml.writeAttribute("onlineResource", serviceUrl);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
