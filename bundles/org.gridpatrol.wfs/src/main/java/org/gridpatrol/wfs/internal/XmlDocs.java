package org.gridpatrol.wfs.internal;

import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared pieces of the documents written: namespaces and their declaration, schema locations. */
final class XmlDocs {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private XmlDocs() {
    }

    /**
     * Starts the root element and declares {@code namespaces} on it (prefix to URI), so that every later
     * {@code writeStartElement(namespace, localName)} finds its prefix.
     */
    static void root(XMLStreamWriter xml, String prefix, String localName, String namespace,
            Map<String, String> namespaces) throws XMLStreamException {
        Map<String, String> all = new TreeMap<>(namespaces);
        if (prefix.isEmpty()) {
            xml.setDefaultNamespace(namespace);
        } else {
            all.put(prefix, namespace);
        }
        all.forEach((declared, uri) -> {
            try {
                xml.setPrefix(declared, uri);
            } catch (XMLStreamException bug) {
                throw new IllegalStateException(bug);
            }
        });
        xml.writeStartElement(prefix, localName, namespace);
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(namespace);
        }
        for (Map.Entry<String, String> declared : all.entrySet()) {
            xml.writeNamespace(declared.getKey(), declared.getValue());
        }
    }

    static String wfsSchema(WfsVersion version) {
        return "http://schemas.opengis.net/wfs/" + version.number()
                + (version == WfsVersion.V1_0_0 ? "/WFS-basic.xsd" : "/wfs.xsd");
    }

    /** A simple element with text. */
    static void element(XMLStreamWriter xml, String namespace, String localName, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, localName);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
