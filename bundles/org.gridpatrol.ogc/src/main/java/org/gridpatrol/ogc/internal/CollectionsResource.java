package org.gridpatrol.ogc.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.locationtech.jts.geom.Envelope;

/** {@code /collections} and {@code /collections/{id}}: what each collection is and where its data lies. */
final class CollectionsResource {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private final GridUnits units;
    /** Extents per collection: computing one reads every unit of its level, so it is done once per change. */
    private final Map<OgcCollection, Optional<Map<String, Object>>> extents = new ConcurrentHashMap<>();

    CollectionsResource(GridUnits units) {
        this.units = units;
    }

    /** Forgets the cached extents; called when units change. */
    void unitsChanged() {
        extents.clear();
    }

    Map<String, Object> collections(OgcUrls urls) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("links", List.of(new Link(urls.collections(), "self", Link.JSON, "The feature collections")));
        document.put("collections", Arrays.stream(OgcCollection.values())
                .map(collection -> collection(urls, collection))
                .toList());
        return document;
    }

    Map<String, Object> collection(OgcUrls urls, OgcCollection collection) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", collection.id());
        document.put("title", collection.title());
        document.put("description", collection.description());
        document.put("itemType", "feature");
        // Only CRS84 is listed, and no storageCrs: GDAL would otherwise switch to the storage CRS.
        document.put("crs", List.of(CRS84));
        extents.computeIfAbsent(collection, this::spatialExtent).ifPresent(extent -> document.put("extent", extent));
        document.put("links", List.of(
                new Link(urls.collection(collection), "self", Link.JSON, "This collection"),
                new Link(urls.items(collection), "items", Link.GEO_JSON, collection.title() + " (GeoJSON)")));
        return document;
    }

    /** The bbox of all units of the collection's level; absent when it has none. */
    private Optional<Map<String, Object>> spatialExtent(OgcCollection collection) {
        Envelope envelope = new Envelope();
        for (GridUnit unit : units.query(GridQuery.level(collection.level())).units()) {
            if (unit.geometry() != null) {
                envelope.expandToInclude(unit.geometry().getEnvelopeInternal());
            }
        }
        if (envelope.isNull()) {
            return Optional.empty();
        }
        List<Double> bbox = List.of(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
        // The spec (and GDAL) expect an array of bboxes, the first one covering everything.
        return Optional.of(Map.of("spatial", Map.of("bbox", List.of(bbox), "crs", CRS84)));
    }
}
