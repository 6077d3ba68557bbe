package org.gridpatrol.wfs.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What filters are understood: feature ids and BBOX, nothing else (FES 2.0 for WFS 2.0, Filter 1.1 for 1.1). */
final class FilterCapabilitiesWriter {

    private FilterCapabilitiesWriter() {
    }

    static void write(XMLStreamWriter xml, WfsVersion version) throws XMLStreamException {
        String filter = version.filterNamespace();
        xml.writeStartElement(filter, "Filter_Capabilities");
        if (version == WfsVersion.V2_0_0) {
            String ows = CapabilitiesWriter.OWS_11;
            xml.writeStartElement(filter, "Conformance");
            for (String implemented : new String[] {"ImplementsQuery", "ImplementsAdHocQuery",
                "ImplementsResourceId", "ImplementsMinSpatialFilter"}) {
                constraint(xml, ows, implemented, "TRUE");
            }
            for (String notImplemented : new String[] {"ImplementsMinStandardFilter", "ImplementsStandardFilter",
                "ImplementsSpatialFilter", "ImplementsMinTemporalFilter", "ImplementsTemporalFilter",
                "ImplementsVersionNav", "ImplementsSorting", "ImplementsExtendedOperators",
                "ImplementsFunctions"}) {
                constraint(xml, ows, notImplemented, "FALSE");
            }
            xml.writeEndElement();
            xml.writeStartElement(filter, "Id_Capabilities");
            xml.writeEmptyElement(filter, "ResourceIdentifier");
            xml.writeAttribute("name", "fes:ResourceId");
            xml.writeEndElement();
        }
        xml.writeStartElement(filter, "Spatial_Capabilities");
        xml.writeStartElement(filter, "GeometryOperands");
        XmlDocs.element(xml, filter, "GeometryOperand", "gml:Envelope");
        xml.writeEndElement();
        xml.writeStartElement(filter, "SpatialOperators");
        xml.writeEmptyElement(filter, "SpatialOperator");
        xml.writeAttribute("name", "BBOX");
        xml.writeEndElement();
        xml.writeEndElement();
        if (version == WfsVersion.V1_1_0) {
            xml.writeStartElement(filter, "Scalar_Capabilities");
            xml.writeEmptyElement(filter, "LogicalOperators");
            xml.writeEndElement();
            xml.writeStartElement(filter, "Id_Capabilities");
            xml.writeEmptyElement(filter, "EID");
            xml.writeEmptyElement(filter, "FID");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void constraint(XMLStreamWriter xml, String ows, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(CapabilitiesWriter.FES_20, "Constraint");
        xml.writeAttribute("name", name);
        xml.writeEmptyElement(ows, "NoValues");
        XmlDocs.element(xml, ows, "DefaultValue", value);
        xml.writeEndElement();
    }
}
