package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;

/**
 * Reads GetFeature requests: KVP ({@code TYPENAMES}/{@code TYPENAME}, {@code RESOURCEID}/{@code FEATUREID},
 * {@code BBOX=minx,miny,maxx,maxy[,crs]}, {@code COUNT}/{@code MAXFEATURES}, {@code STARTINDEX},
 * {@code SRSNAME}, {@code OUTPUTFORMAT}, {@code RESULTTYPE}) and the XML {@code <GetFeature>} with one
 * {@code <Query>}. Parameters the service does not use (PROPERTYNAME, SORTBY, NAMESPACES ...) are ignored:
 * every answer carries all attributes, ordered by code.
 */
final class GetFeatureRequests {

    private GetFeatureRequests() {
    }

    static GetFeatureQuery fromKvp(Kvp kvp, WfsVersion version) {
        List<FeatureId> ids = kvp.first("RESOURCEID", "FEATUREID")
                .map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                        .map(id -> FeatureId.parse(id, version)).toList())
                .orElse(List.of());
        Envelope bbox = kvp.get("BBOX").map(text -> BoundingBoxes.parseKvp(text, version)).orElse(null);
        if (kvp.get("FILTER").isPresent()) {
            // never ignored: a client that sent a filter trusts the answer to be filtered
            FilterReader.Selection selection = FilterReader.read(Xml.parse(kvp.get("FILTER").get()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), version).getDocumentElement(), version, "FILTER");
            if (bbox != null || !ids.isEmpty()) {
                throw WfsException.invalidParameter(version, "FILTER", "FILTER cannot be combined with BBOX or "
                        + "RESOURCEID");
            }
            ids = selection.ids();
            bbox = selection.bbox();
        }
        if (bbox != null && !ids.isEmpty()) {
            throw new WfsException(version, 400, WfsException.INVALID_PARAMETER, "BBOX",
                    "BBOX and RESOURCEID are mutually exclusive");
        }
        List<FeatureId> selected = ids;
        List<FeatureType> types = kvp.first("TYPENAMES", "TYPENAME")
                .map(names -> FeatureType.parseList(names, "typeNames", version))
                .orElseGet(() -> selected.stream().map(FeatureId::type).distinct().toList());
        if (types.isEmpty()) {
            throw WfsException.missingParameter(version, "typeNames", "GetFeature needs TYPENAMES (2.0) or "
                    + "TYPENAME (1.x), or RESOURCEID; feature types: " + FeatureType.knownNames());
        }
        Crs crs = kvp.get("SRSNAME").map(name -> Crs.require(name, "srsName", version))
                .orElse(Crs.defaultFor(version));
        return new GetFeatureQuery(version, types, ids, bbox, kvp.integer(version, 0, "STARTINDEX").orElse(0),
                kvp.integer(version, 0, "COUNT", "MAXFEATURES").orElse(null), crs,
                GetFeatureQuery.isJson(kvp.get("OUTPUTFORMAT").orElse(null), version),
                isHits(kvp.get("RESULTTYPE"), version));
    }

    static GetFeatureQuery fromXml(Element root, WfsVersion version) {
        List<Element> queries = Xml.children(root, "Query");
        if (queries.size() != 1) {
            throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, "GetFeature/Query",
                    "GetFeature needs exactly one Query, got " + queries.size());
        }
        Element query = queries.get(0);
        String names = Xml.attribute(query, "typeNames").or(() -> Xml.attribute(query, "typeName"))
                .orElseThrow(() -> WfsException.missingParameter(version, "Query@typeNames", "Query without typeNames"));
        List<FeatureType> types = FeatureType.parseList(names, "Query@typeNames", version);
        List<FeatureId> ids = new ArrayList<>();
        Envelope bbox = null;
        Optional<Element> filter = Xml.child(query, "Filter");
        if (filter.isPresent()) {
            FilterReader.Selection selection = FilterReader.read(filter.get(), version, "Query/Filter");
            ids.addAll(selection.ids());
            bbox = selection.bbox();
        }
        Crs crs = Xml.attribute(query, "srsName").map(name -> Crs.require(name, "Query@srsName", version))
                .orElse(Crs.defaultFor(version));
        Integer count = Xml.attribute(root, "count").or(() -> Xml.attribute(root, "maxFeatures"))
                .map(text -> Kvp.parseInteger(version, "count", text, 0)).orElse(null);
        int startIndex = Xml.attribute(root, "startIndex").map(text -> Kvp.parseInteger(version, "startIndex", text, 0))
                .orElse(0);
        return new GetFeatureQuery(version, types, ids, bbox, startIndex, count, crs,
                GetFeatureQuery.isJson(Xml.attribute(root, "outputFormat").orElse(null), version),
                isHits(Xml.attribute(root, "resultType"), version));
    }

    private static boolean isHits(Optional<String> resultType, WfsVersion version) {
        if (resultType.isEmpty()) {
            return false;
        }
        String type = resultType.get().toLowerCase(Locale.ROOT);
        if (type.equals("hits") || type.equals("results")) {
            return type.equals("hits");
        }
        throw WfsException.invalidParameter(version, "resultType", "resultType must be results or hits, got '"
                + resultType.get() + "'");
    }
}
