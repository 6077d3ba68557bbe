package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.MultiPolygon;
import org.w3c.dom.Element;

/**
 * Reads a {@code <Transaction>} of WFS 1.0, 1.1 or 2.0 as QGIS and GDAL write them: Insert with features
 * whose child elements are the attributes, Update with {@code Property}/{@code Name} (1.x) or
 * {@code ValueReference} (2.0) and a feature-id filter, Delete with a feature-id filter. Prefixes are
 * ignored (GDAL writes {@code feature:micro-grids}). Unknown attributes are refused by name.
 */
final class TransactionReader {

    static final Set<String> ATTRIBUTES = Set.of(ServedFeature.CODE, ServedFeature.NAME, ServedFeature.LEVEL,
            ServedFeature.PARENT, ServedFeature.WORKER_NAME, ServedFeature.WORKER_PHONE, ServedFeature.VERSION);

    private final WfsVersion version;
    private final GmlGeometryReader geometries;

    TransactionReader(WfsVersion version) {
        this.version = version;
        this.geometries = new GmlGeometryReader(version);
    }

    TransactionRequest read(Element transaction) {
        List<TransactionRequest.Action> actions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element element : Xml.children(transaction)) {
            String name = element.getLocalName();
            String locator = "Transaction/" + name + "[" + seen.merge(name, 1, Integer::sum) + "]";
            switch (name) {
                case "Insert" -> insert(element, locator, actions);
                case "Update" -> actions.add(update(element, locator));
                case "Delete" -> actions.add(delete(element, locator));
                case "LockId" -> { /* no locking: nothing to release */ }
                default -> throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, locator,
                        "action " + name + " is not supported; use Insert, Update or Delete");
            }
        }
        if (actions.isEmpty()) {
            throw WfsException.missingParameter(version, "Transaction", "the Transaction has no Insert, Update or "
                    + "Delete");
        }
        return new TransactionRequest(version, Xml.attribute(transaction, "handle").orElse(null), actions);
    }

    private void insert(Element insert, String locator, List<TransactionRequest.Action> actions) {
        List<Element> features = Xml.children(insert);
        if (features.isEmpty()) {
            throw WfsException.missingParameter(version, locator, "Insert without a feature");
        }
        for (int i = 0; i < features.size(); i++) {
            Element feature = features.get(i);
            String where = locator + "/" + feature.getLocalName() + "[" + (i + 1) + "]";
            FeatureType type = FeatureType.require(feature.getLocalName(), where, version);
            Map<String, String> attributes = new LinkedHashMap<>();
            MultiPolygon geometry = null;
            for (Element property : Xml.children(feature)) {
                String name = property.getLocalName();
                if (version.gmlNamespace().equals(property.getNamespaceURI())
                        || "http://www.opengis.net/gml".equals(property.getNamespaceURI())) {
                    continue; // gml:boundedBy, gml:name ... are not attributes of ours
                }
                if (name.equals(ServedFeature.GEOMETRY)) {
                    geometry = Xml.children(property).isEmpty() ? null
                            : geometries.readProperty(property, where + "/" + name);
                } else {
                    attributes.put(checkedName(name, where), nil(property) ? null : Xml.text(property));
                }
            }
            actions.add(new TransactionRequest.Insert(type, attributes, geometry, where));
        }
    }

    private TransactionRequest.Update update(Element update, String locator) {
        FeatureType type = typeOf(update, locator);
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean geometryGiven = false;
        MultiPolygon geometry = null;
        List<Element> properties = Xml.children(update, "Property");
        for (int i = 0; i < properties.size(); i++) {
            Element property = properties.get(i);
            String where = locator + "/Property[" + (i + 1) + "]";
            String name = Xml.child(property, "Name").or(() -> Xml.child(property, "ValueReference"))
                    .map(Xml::text).map(Xml::localPart).filter(text -> !text.isEmpty())
                    .orElseThrow(() -> WfsException.missingParameter(version, where, "Property without Name"));
            Optional<Element> value = Xml.child(property, "Value");
            boolean remove = Xml.attribute(property, "action").map("remove"::equals).orElse(false);
            if (name.equals(ServedFeature.GEOMETRY)) {
                geometryGiven = true;
                geometry = value.filter(given -> !remove && !Xml.children(given).isEmpty())
                        .map(given -> geometries.readProperty(given, where + "/Value")).orElse(null);
            } else {
                attributes.put(checkedName(name, where),
                        value.filter(given -> !remove && !nil(given)).map(Xml::text).orElse(null));
            }
        }
        Element filter = Xml.child(update, "Filter").orElseThrow(() -> WfsException.missingParameter(version,
                locator, "Update without a Filter: updating every feature is not allowed"));
        List<FeatureId> ids = FilterReader.ids(filter, version, locator + "/Filter");
        if (attributes.isEmpty() && !geometryGiven) {
            throw WfsException.missingParameter(version, locator, "Update without a Property");
        }
        return new TransactionRequest.Update(type, attributes, geometryGiven, geometry, ids, locator);
    }

    private TransactionRequest.Delete delete(Element delete, String locator) {
        FeatureType type = typeOf(delete, locator);
        Element filter = Xml.child(delete, "Filter").orElseThrow(() -> WfsException.missingParameter(version,
                locator, "Delete without a Filter: deleting every feature is not allowed"));
        return new TransactionRequest.Delete(type, FilterReader.ids(filter, version, locator + "/Filter"), locator);
    }

    private FeatureType typeOf(Element action, String locator) {
        String typeName = Xml.attribute(action, "typeName").orElseThrow(() -> WfsException.missingParameter(version,
                locator + "@typeName", action.getLocalName() + " without typeName"));
        return FeatureType.require(typeName, locator + "@typeName", version);
    }

    private String checkedName(String name, String where) {
        if (!ATTRIBUTES.contains(name)) {
            throw WfsException.invalidParameter(version, where + "/" + name, "unknown attribute '" + name
                    + "'; attributes: " + String.join(", ", ServedFeature.CODE, ServedFeature.NAME, ServedFeature.LEVEL,
                            ServedFeature.PARENT, ServedFeature.WORKER_NAME, ServedFeature.WORKER_PHONE,
                            ServedFeature.VERSION, ServedFeature.GEOMETRY));
        }
        return name;
    }

    private static boolean nil(Element element) {
        return Xml.attribute(element, "nil").map("true"::equals).orElse(false);
    }
}
