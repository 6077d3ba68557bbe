package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GetFeature answer as a WFS FeatureCollection in GML: {@code wfs:member} (2.0) or
 * {@code gml:featureMember} (1.x); {@code gml:id} (1.1, 2.0) or {@code fid} (1.0) carries the versioned
 * feature id. Null attributes are left out, as {@code minOccurs="0"} in the schema allows.
 */
final class GmlFeatureWriter {

    private GmlFeatureWriter() {
    }

    /** {@code schemaUrl}: the DescribeFeatureType URL for the types in the answer. */
    static byte[] write(WfsVersion version, Crs crs, FeaturePage page, Instant timeStamp, String schemaUrl) {
        List<ServedFeature> features = page.features();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + features.size() * 2048);
        XMLStreamWriter xml = Xml.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            XmlDocs.root(xml, "wfs", "FeatureCollection", version.wfsNamespace(), Map.of(
                    "gml", version.gmlNamespace(), FeatureType.PREFIX, FeatureType.NAMESPACE, "xsi", XmlDocs.XSI));
            xml.writeAttribute("xsi", XmlDocs.XSI, "schemaLocation", FeatureType.NAMESPACE + " " + schemaUrl + " "
                    + version.wfsNamespace() + " " + XmlDocs.wfsSchema(version));
            String time = timeStamp.truncatedTo(ChronoUnit.SECONDS).toString();
            if (version == WfsVersion.V2_0_0) {
                xml.writeAttribute("timeStamp", time);
                xml.writeAttribute("numberMatched", Long.toString(page.numberMatched()));
                xml.writeAttribute("numberReturned", Integer.toString(features.size()));
            } else if (version == WfsVersion.V1_1_0) {
                xml.writeAttribute("timeStamp", time);
                // with resultType=hits, numberOfFeatures is the count asked for (how GDAL counts in 1.1)
                xml.writeAttribute("numberOfFeatures", Long.toString(page.hitsOnly() ? page.numberMatched()
                        : features.size()));
            }
            GmlGeometryWriter geometries = new GmlGeometryWriter(xml, version, crs);
            for (ServedFeature feature : features) {
                writeMember(xml, version, geometries, feature);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write GML", bug);
        }
        return out.toByteArray();
    }

    private static void writeMember(XMLStreamWriter xml, WfsVersion version, GmlGeometryWriter geometries,
            ServedFeature feature) throws XMLStreamException {
        if (version == WfsVersion.V2_0_0) {
            xml.writeStartElement(version.wfsNamespace(), "member");
        } else {
            xml.writeStartElement(version.gmlNamespace(), "featureMember");
        }
        xml.writeStartElement(FeatureType.NAMESPACE, feature.type().id());
        String id = feature.id().toString();
        if (version == WfsVersion.V1_0_0) {
            xml.writeAttribute("fid", id);
        } else {
            xml.writeAttribute("gml", version.gmlNamespace(), "id", id);
        }
        for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
            if (attribute.getValue() != null) {
                xml.writeStartElement(FeatureType.NAMESPACE, attribute.getKey());
                xml.writeCharacters(String.valueOf(attribute.getValue()));
                xml.writeEndElement();
            }
        }
        if (feature.unit().geometry() != null) {
            xml.writeStartElement(FeatureType.NAMESPACE, ServedFeature.GEOMETRY);
            geometries.write(feature.unit().geometry(), id);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
