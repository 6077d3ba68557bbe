package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;

/**
 * The filters understood in XML requests (Filter 1.0/1.1 and FES 2.0 alike): feature ids
 * ({@code FeatureId fid}, {@code GmlObjectId gml:id}, {@code ResourceId rid}) and {@code BBOX} with an
 * {@code Envelope} or a GML 2 {@code Box}. Anything else is refused by name rather than ignored, because
 * ignoring part of a filter in a Delete would delete too much.
 */
final class FilterReader {

    /** What a filter selects: ids, or a lon/lat box, or (both empty) everything. */
    record Selection(List<FeatureId> ids, Envelope bbox) {
    }

    private FilterReader() {
    }

    static Selection read(Element filter, WfsVersion version, String locator) {
        List<FeatureId> ids = new ArrayList<>();
        Envelope bbox = null;
        for (Element condition : Xml.children(filter)) {
            String where = locator + "/" + condition.getLocalName();
            switch (condition.getLocalName()) {
                case "FeatureId" -> ids.add(id(condition, "fid", version, where));
                case "GmlObjectId" -> ids.add(id(condition, "id", version, where));
                case "ResourceId" -> ids.add(id(condition, "rid", version, where));
                case "BBOX" -> bbox = box(condition, version, where);
                default -> throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, where,
                        "filter " + condition.getLocalName() + " is not supported; use feature ids "
                                + "(FeatureId, GmlObjectId, ResourceId) or BBOX");
            }
        }
        if (!ids.isEmpty() && bbox != null) {
            throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, locator,
                    "a filter with both feature ids and BBOX is not supported");
        }
        return new Selection(ids, bbox);
    }

    /** Ids only, as Transaction Update and Delete need them. */
    static List<FeatureId> ids(Element filter, WfsVersion version, String locator) {
        Selection selection = read(filter, version, locator);
        if (selection.bbox() != null || selection.ids().isEmpty()) {
            throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, locator, "Update and Delete need a "
                    + "filter of feature ids (FeatureId fid, GmlObjectId gml:id or ResourceId rid)");
        }
        return selection.ids();
    }

    private static FeatureId id(Element element, String attribute, WfsVersion version, String where) {
        String id = Xml.attribute(element, attribute).orElseThrow(() -> WfsException.missingParameter(version, where,
                element.getLocalName() + " without its " + attribute + " attribute"));
        return FeatureId.parse(id, version);
    }

    private static Envelope box(Element bbox, WfsVersion version, String where) {
        Optional<Element> envelope = Xml.child(bbox, "Envelope");
        if (envelope.isPresent()) {
            Crs crs = Xml.attribute(envelope.get(), "srsName").map(name -> Crs.require(name, where + "@srsName",
                    version)).orElse(Crs.defaultFor(version));
            double[] lower = pair(Xml.child(envelope.get(), "lowerCorner"), version, where + "/lowerCorner", " ");
            double[] upper = pair(Xml.child(envelope.get(), "upperCorner"), version, where + "/upperCorner", " ");
            return BoundingBoxes.envelope(lower[0], lower[1], upper[0], upper[1], crs, where, version);
        }
        Element box = Xml.child(bbox, "Box").orElseThrow(() -> WfsException.invalidParameter(version, where,
                "BBOX needs an Envelope or a Box"));
        Crs crs = Xml.attribute(box, "srsName").map(name -> Crs.require(name, where + "@srsName", version))
                .orElse(Crs.defaultFor(version));
        Element coordinates = Xml.child(box, "coordinates").orElseThrow(() -> WfsException.invalidParameter(version,
                where + "/Box", "Box without coordinates"));
        String[] corners = Xml.text(coordinates).split("\\s+");
        if (corners.length != 2) {
            throw WfsException.invalidParameter(version, where + "/Box", "Box needs two corners");
        }
        double[] lower = numbers(corners[0].split(","), version, where + "/Box");
        double[] upper = numbers(corners[1].split(","), version, where + "/Box");
        return BoundingBoxes.envelope(lower[0], lower[1], upper[0], upper[1], crs, where, version);
    }

    private static double[] pair(Optional<Element> corner, WfsVersion version, String where, String separator) {
        Element element = corner.orElseThrow(() -> WfsException.missingParameter(version, where, "missing"));
        return numbers(Xml.text(element).split(separator.isBlank() ? "\\s+" : separator), version, where);
    }

    private static double[] numbers(String[] parts, WfsVersion version, String where) {
        if (parts.length != 2) {
            throw WfsException.invalidParameter(version, where, "expected two numbers, got " + parts.length);
        }
        try {
            return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
        } catch (NumberFormatException notANumber) {
            throw WfsException.invalidParameter(version, where, "not a number: " + String.join(" ", parts));
        }
    }
}
