package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * DescribeFeatureType: the XML Schema of the requested types, the same attributes for all. The geometry is
 * {@code gml:MultiSurfacePropertyType} for GML 3.1.1 and 3.2, {@code gml:MultiPolygonPropertyType} for
 * GML 2 (WFS 1.0, which has no MultiSurface). {@code version} is read-only: it is the version a feature was
 * read at, and the feature id carries it back.
 */
final class SchemaWriter {

    private record Attribute(String name, String type, boolean optional) {
    }

    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute(ServedFeature.CODE, "xsd:string", false),
            new Attribute(ServedFeature.NAME, "xsd:string", false),
            new Attribute(ServedFeature.LEVEL, "xsd:string", true),
            new Attribute(ServedFeature.PARENT, "xsd:string", true),
            new Attribute(ServedFeature.WORKER_NAME, "xsd:string", true),
            new Attribute(ServedFeature.WORKER_PHONE, "xsd:string", true),
            new Attribute(ServedFeature.VERSION, "xsd:long", true));

    private SchemaWriter() {
    }

    static byte[] write(WfsVersion version, List<FeatureType> types) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        XMLStreamWriter xml = Xml.writer(out);
        String xsd = XmlDocs.XSD;
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            XmlDocs.root(xml, "xsd", "schema", xsd, Map.of("gml", version.gmlNamespace(),
                    FeatureType.PREFIX, FeatureType.NAMESPACE));
            xml.writeAttribute("targetNamespace", FeatureType.NAMESPACE);
            xml.writeAttribute("elementFormDefault", "qualified");
            xml.writeAttribute("version", version.number());
            xml.writeEmptyElement(xsd, "import");
            xml.writeAttribute("namespace", version.gmlNamespace());
            xml.writeAttribute("schemaLocation", gmlSchema(version));
            for (FeatureType type : types) {
                writeType(xml, version, type);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write the schema", bug);
        }
        return out.toByteArray();
    }

    private static void writeType(XMLStreamWriter xml, WfsVersion version, FeatureType type)
            throws XMLStreamException {
        String xsd = XmlDocs.XSD;
        xml.writeStartElement(xsd, "complexType");
        xml.writeAttribute("name", type.id() + "Type");
        xml.writeStartElement(xsd, "complexContent");
        xml.writeStartElement(xsd, "extension");
        xml.writeAttribute("base", "gml:AbstractFeatureType");
        xml.writeStartElement(xsd, "sequence");
        for (Attribute attribute : ATTRIBUTES) {
            element(xml, attribute.name(), attribute.type(), attribute.optional());
        }
        element(xml, ServedFeature.GEOMETRY, version == WfsVersion.V1_0_0
                ? "gml:MultiPolygonPropertyType" : "gml:MultiSurfacePropertyType", true);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEmptyElement(xsd, "element");
        xml.writeAttribute("name", type.id());
        xml.writeAttribute("type", FeatureType.PREFIX + ":" + type.id() + "Type");
        xml.writeAttribute("substitutionGroup", version == WfsVersion.V2_0_0 ? "gml:AbstractFeature" : "gml:_Feature");
    }

    private static void element(XMLStreamWriter xml, String name, String type, boolean optional)
            throws XMLStreamException {
        xml.writeEmptyElement(XmlDocs.XSD, "element");
        xml.writeAttribute("name", name);
        xml.writeAttribute("type", type);
        xml.writeAttribute("minOccurs", optional ? "0" : "1");
        xml.writeAttribute("maxOccurs", "1");
        xml.writeAttribute("nillable", optional ? "true" : "false");
    }

    private static String gmlSchema(WfsVersion version) {
        return switch (version) {
            case V1_0_0 -> "http://schemas.opengis.net/gml/2.1.2/feature.xsd";
            case V1_1_0 -> "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd";
            case V2_0_0 -> "http://schemas.opengis.net/gml/3.2.1/gml.xsd";
        };
    }
}
