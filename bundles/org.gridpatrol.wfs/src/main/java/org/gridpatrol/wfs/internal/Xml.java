package org.gridpatrol.wfs.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading request bodies (namespace-aware DOM, no DTDs or external entities, so no XXE) and creating StAX
 * writers. Elements are matched by local name: clients disagree on prefixes and on which WFS/GML/Filter
 * namespace version they use, and the element names alone are unambiguous here.
 */
final class Xml {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private Xml() {
    }

    static Document parse(byte[] body, WfsVersion version) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new SilentErrors());
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXParseException broken) {
            throw WfsException.parsing(version, "line " + broken.getLineNumber() + ", column "
                    + broken.getColumnNumber(), "the request body is not well-formed XML: " + broken.getMessage());
        } catch (SAXException | IOException broken) {
            throw WfsException.parsing(version, "body", "the request body is not readable XML: " + broken.getMessage());
        } catch (ParserConfigurationException bug) {
            throw new IllegalStateException("XML parser cannot be configured securely", bug);
        }
    }

    static XMLStreamWriter writer(OutputStream out) {
        try {
            return OUTPUT.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot create an XML writer", bug);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(child -> localName.equals(child.getLocalName())).toList();
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    /** The trimmed text of an element; empty for an empty element. */
    static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
    }

    /** An attribute by local name in any namespace or none; empty when absent or blank. */
    static Optional<String> attribute(Element element, String localName) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
            if (name.equals(localName) && !attribute.getNodeValue().isBlank()) {
                return Optional.of(attribute.getNodeValue().trim());
            }
        }
        return Optional.empty();
    }

    /** {@code typeName} without its prefix: {@code feature:micro-grids} and {@code micro-grids} are the same. */
    static String localPart(String qualifiedName) {
        String name = qualifiedName.trim();
        int brace = name.lastIndexOf('}');
        if (brace >= 0) {
            return name.substring(brace + 1);
        }
        int colon = name.lastIndexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Errors are reported through the exception; the default handler would also print them to stderr. */
    private static final class SilentErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // not an error
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
