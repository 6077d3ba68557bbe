package org.gridpatrol.wfs.internal;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Calls the endpoint as the web bundle does, and reads answers as XML by local names. */
final class WfsClient {

    static final String BASE_URL = "http://localhost:18281";

    private final WfsEndpoint endpoint;

    WfsClient(WfsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code query}: a query string such as {@code SERVICE=WFS&REQUEST=GetCapabilities}. */
    ApiResponse get(String query) {
        return endpoint.handle(new ApiRequest("GET", "", parse(query), Map.of(), new byte[0], "gis", Set.of("user"),
                BASE_URL));
    }

    ApiResponse post(String body, String user, String... roles) {
        return endpoint.handle(new ApiRequest("POST", "", Map.of(), Map.of("content-type", "text/xml"),
                body.getBytes(StandardCharsets.UTF_8), user, Set.of(roles), BASE_URL));
    }

    /** A Transaction by user "gis" with role gis-editor. */
    ApiResponse transaction(String body) {
        return post(body, "gis", "gis-editor");
    }

    static Document xml(ApiResponse response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream((byte[]) response.body()));
        } catch (Exception unreadable) {
            throw new AssertionError("not XML: " + text(response), unreadable);
        }
    }

    static String text(ApiResponse response) {
        return response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(response.body());
    }

    static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<String> texts(Document document, String localName) {
        return elements(document, localName).stream().map(element -> element.getTextContent().trim()).toList();
    }

    static List<String> attributes(Document document, String localName, String attribute) {
        return elements(document, localName).stream().map(element -> element.hasAttribute(attribute)
                ? element.getAttribute(attribute)
                : element.getAttributeNS("http://www.opengis.net/gml/3.2", attribute).isEmpty()
                        ? element.getAttributeNS("http://www.opengis.net/gml", attribute)
                        : element.getAttributeNS("http://www.opengis.net/gml/3.2", attribute)).toList();
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
