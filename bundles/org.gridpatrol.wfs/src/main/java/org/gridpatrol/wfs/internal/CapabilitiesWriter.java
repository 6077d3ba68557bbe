package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * GetCapabilities for 2.0 and 1.1 (OWS common). Transaction support is announced the way each client looks
 * for it: the {@code Transaction} operation with its POST URL (GDAL takes the URL from there), the
 * per-type operations Insert/Update/Delete (QGIS 1.1), {@code ImplementsTransactionalWFS} (2.0).
 * WFS 1.0 has its own layout: {@link Capabilities10Writer}.
 */
final class CapabilitiesWriter {

    static final String OWS_11 = "http://www.opengis.net/ows/1.1";
    static final String OWS_10 = "http://www.opengis.net/ows";
    static final String FES_20 = "http://www.opengis.net/fes/2.0";
    static final List<String> OPERATIONS = List.of("GetCapabilities", "DescribeFeatureType", "GetFeature",
            "Transaction");

    private final XMLStreamWriter xml;
    private final WfsVersion version;
    private final String ows;
    private final String wfs;

    private CapabilitiesWriter(XMLStreamWriter xml, WfsVersion version) {
        this.xml = xml;
        this.version = version;
        this.ows = version == WfsVersion.V2_0_0 ? OWS_11 : OWS_10;
        this.wfs = version.wfsNamespace();
    }

    /** {@code serviceUrl}: the absolute URL of {@code /wfs}; {@code extent}: lon/lat, null when empty. */
    static byte[] write(WfsVersion version, String serviceUrl, Envelope extent, int countDefault) {
        if (version == WfsVersion.V1_0_0) {
            return Capabilities10Writer.write(serviceUrl, extent);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        XMLStreamWriter xml = Xml.writer(out);
        try {
            new CapabilitiesWriter(xml, version).document(serviceUrl, extent, countDefault);
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write capabilities", bug);
        }
        return out.toByteArray();
    }

    private void document(String serviceUrl, Envelope extent, int countDefault) throws XMLStreamException {
        String filter = version.filterNamespace();
        xml.writeStartDocument("UTF-8", "1.0");
        XmlDocs.root(xml, "wfs", "WFS_Capabilities", wfs, Map.of("ows", ows, "xlink", XmlDocs.XLINK,
                "gml", version.gmlNamespace(), version == WfsVersion.V2_0_0 ? "fes" : "ogc", filter,
                FeatureType.PREFIX, FeatureType.NAMESPACE));
        xml.writeAttribute("version", version.number());
        serviceIdentification();
        xml.writeStartElement(ows, "OperationsMetadata");
        for (String operation : OPERATIONS) {
            operation(operation, serviceUrl);
        }
        if (version == WfsVersion.V2_0_0) {
            for (String implemented : List.of("ImplementsBasicWFS", "ImplementsTransactionalWFS",
                    "ImplementsResultPaging", "KVPEncoding", "XMLEncoding")) {
                constraint(implemented, "TRUE");
            }
            for (String notImplemented : List.of("ImplementsLockingWFS", "ImplementsInheritance",
                    "ImplementsRemoteResolve", "ImplementsStandardJoins", "ImplementsSpatialJoins",
                    "ImplementsTemporalJoins", "ImplementsFeatureVersioning", "ManageStoredQueries", "SOAPEncoding")) {
                constraint(notImplemented, "FALSE");
            }
            constraint("CountDefault", Integer.toString(countDefault));
        }
        xml.writeEndElement();
        featureTypes(extent);
        FilterCapabilitiesWriter.write(xml, version);
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void serviceIdentification() throws XMLStreamException {
        xml.writeStartElement(ows, "ServiceIdentification");
        XmlDocs.element(xml, ows, "Title", "GridPatrol grid hierarchy");
        XmlDocs.element(xml, ows, "Abstract", "Counties, towns, communities, grids and micro-grids in CGCS2000 "
                + "(EPSG:4490). Edits are checked against the topology rules and versioned: a feature id "
                + "carries the version it was read at, and an edit based on an outdated version is refused.");
        XmlDocs.element(xml, ows, "ServiceType", "WFS");
        for (String number : List.of("2.0.0", "1.1.0", "1.0.0")) {
            XmlDocs.element(xml, ows, "ServiceTypeVersion", number);
        }
        XmlDocs.element(xml, ows, "Fees", "NONE");
        XmlDocs.element(xml, ows, "AccessConstraints", "NONE");
        xml.writeEndElement();
    }

    private void operation(String name, String serviceUrl) throws XMLStreamException {
        xml.writeStartElement(ows, "Operation");
        xml.writeAttribute("name", name);
        xml.writeStartElement(ows, "DCP");
        xml.writeStartElement(ows, "HTTP");
        if (!name.equals("Transaction")) {
            xml.writeEmptyElement(ows, "Get");
            xml.writeAttribute("xlink", XmlDocs.XLINK, "href", serviceUrl + "?");
        }
        xml.writeEmptyElement(ows, "Post");
        xml.writeAttribute("xlink", XmlDocs.XLINK, "href", serviceUrl);
        xml.writeEndElement();
        xml.writeEndElement();
        if (name.equals("GetCapabilities")) {
            parameter("AcceptVersions", List.of("2.0.0", "1.1.0", "1.0.0"));
        } else if (name.equals("GetFeature")) {
            parameter("outputFormat",
                    List.of(version.gmlMimeType(), "application/json"));
            parameter("resultType", List.of("results", "hits"));
        } else if (name.equals("DescribeFeatureType")) {
            parameter("outputFormat", List.of(version.gmlMimeType()));
        }
        xml.writeEndElement();
    }

    private void parameter(String name, List<String> values) throws XMLStreamException {
        xml.writeStartElement(ows, "Parameter");
        xml.writeAttribute("name", name);
        if (version == WfsVersion.V2_0_0) {
            xml.writeStartElement(ows, "AllowedValues");
        }
        for (String value : values) {
            XmlDocs.element(xml, ows, "Value", value);
        }
        if (version == WfsVersion.V2_0_0) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void constraint(String name, String value) throws XMLStreamException {
        xml.writeStartElement(ows, "Constraint");
        xml.writeAttribute("name", name);
        xml.writeEmptyElement(ows, "NoValues");
        XmlDocs.element(xml, ows, "DefaultValue", value);
        xml.writeEndElement();
    }

    private void featureTypes(Envelope extent) throws XMLStreamException {
        xml.writeStartElement(wfs, "FeatureTypeList");
        if (version == WfsVersion.V1_1_0) {
            xml.writeStartElement(wfs, "Operations");
            for (String operation : List.of("Query", "Insert", "Update", "Delete")) {
                XmlDocs.element(xml, wfs, "Operation", operation);
            }
            xml.writeEndElement();
        }
        boolean v2 = version == WfsVersion.V2_0_0;
        for (FeatureType type : FeatureType.values()) {
            xml.writeStartElement(wfs, "FeatureType");
            XmlDocs.element(xml, wfs, "Name", type.qualifiedName());
            XmlDocs.element(xml, wfs, "Title", type.title());
            XmlDocs.element(xml, wfs, v2 ? "DefaultCRS" : "DefaultSRS", Crs.URN_4490.name());
            XmlDocs.element(xml, wfs, v2 ? "OtherCRS" : "OtherSRS", "urn:ogc:def:crs:EPSG::4326");
            xml.writeStartElement(wfs, "OutputFormats");
            XmlDocs.element(xml, wfs, "Format", version.gmlMimeType());
            XmlDocs.element(xml, wfs, "Format", "application/json");
            xml.writeEndElement();
            if (extent != null) {
                xml.writeStartElement(ows, "WGS84BoundingBox");
                XmlDocs.element(xml, ows, "LowerCorner", GmlGeometryWriter.number(extent.getMinX()) + " "
                        + GmlGeometryWriter.number(extent.getMinY()));
                XmlDocs.element(xml, ows, "UpperCorner", GmlGeometryWriter.number(extent.getMaxX()) + " "
                        + GmlGeometryWriter.number(extent.getMaxY()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
