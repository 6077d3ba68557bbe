package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link WfsException} as the clients expect it: {@code <ows:ExceptionReport>} for 1.1 and 2.0,
 * {@code <ServiceExceptionReport>} for 1.0. GDAL recognises a failed transaction by exactly these strings
 * in the body (with the {@code ows:} prefix), so the prefix is fixed.
 */
final class ExceptionReportWriter {

    static final String OGC_NAMESPACE = "http://www.opengis.net/ogc";

    private ExceptionReportWriter() {
    }

    static byte[] write(WfsException refusal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        XMLStreamWriter xml = Xml.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            if (refusal.version() == WfsVersion.V1_0_0) {
                writeServiceExceptionReport(xml, refusal);
            } else {
                writeOwsExceptionReport(xml, refusal);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write an exception report", bug);
        }
        return out.toByteArray();
    }

    private static void writeOwsExceptionReport(XMLStreamWriter xml, WfsException refusal)
            throws XMLStreamException {
        String ows = refusal.version().owsNamespace();
        XmlDocs.root(xml, "ows", "ExceptionReport", ows, Map.of());
        xml.writeAttribute("version", refusal.version() == WfsVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        for (WfsException.Entry entry : refusal.entries()) {
            xml.writeStartElement(ows, "Exception");
            xml.writeAttribute("exceptionCode", entry.code());
            if (entry.locator() != null) {
                xml.writeAttribute("locator", entry.locator());
            }
            XmlDocs.element(xml, ows, "ExceptionText", entry.text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeServiceExceptionReport(XMLStreamWriter xml, WfsException refusal)
            throws XMLStreamException {
        XmlDocs.root(xml, "", "ServiceExceptionReport", OGC_NAMESPACE, Map.of());
        xml.writeAttribute("version", "1.2.0");
        for (WfsException.Entry entry : refusal.entries()) {
            xml.writeStartElement(OGC_NAMESPACE, "ServiceException");
            xml.writeAttribute("code", entry.code());
            if (entry.locator() != null) {
                xml.writeAttribute("locator", entry.locator());
            }
            xml.writeCharacters(entry.text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
