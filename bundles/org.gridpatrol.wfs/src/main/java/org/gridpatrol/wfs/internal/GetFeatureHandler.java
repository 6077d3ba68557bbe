package org.gridpatrol.wfs.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiResponse;

/**
 * Answers GetFeature. Units are paged by code (a stable order, so STARTINDEX paging sees each feature once)
 * through {@link GridUnits}; each is then read with its version through {@link GridEdits#current}, so the
 * geometry and the version in the feature id always belong together.
 */
final class GetFeatureHandler {

    private final GridUnits units;
    private final GridEdits edits;
    private final Clock clock;
    private final int maxFeatures;

    GetFeatureHandler(GridUnits units, GridEdits edits, Clock clock, int maxFeatures) {
        this.units = units;
        this.edits = edits;
        this.clock = clock;
        this.maxFeatures = maxFeatures;
    }

    ApiResponse answer(GetFeatureQuery query, String serviceUrl) {
        FeaturePage page = page(query);
        if (query.json()) {
            return ApiResponse.ok(ApiResponse.JSON, geoJson(page));
        }
        String schemaUrl = serviceUrl + "?SERVICE=WFS&VERSION=" + query.version().number()
                + "&REQUEST=DescribeFeatureType&" + (query.version() == WfsVersion.V2_0_0 ? "TYPENAMES=" : "TYPENAME=")
                + String.join(",", query.types().stream().map(FeatureType::qualifiedName).toList());
        return ApiResponse.ok(query.version().gmlMimeType(),
                GmlFeatureWriter.write(query.version(), query.crs(), page, clock.instant(), schemaUrl));
    }

    FeaturePage page(GetFeatureQuery query) {
        int limit = query.hitsOnly() ? 0 : Math.min(query.count() == null ? maxFeatures : query.count(), maxFeatures);
        if (!query.ids().isEmpty()) {
            return byIds(query, limit);
        }
        List<ServedFeature> features = new ArrayList<>();
        long skip = query.startIndex();
        long matched = 0;
        for (FeatureType type : query.types()) {
            int remaining = limit - features.size();
            GridPage page = units.query(new GridQuery(type.level(), null, null, query.bbox(),
                    (int) Math.min(skip, Integer.MAX_VALUE), remaining));
            matched += page.totalMatched();
            skip = Math.max(0, skip - page.totalMatched());
            for (GridUnit unit : page.units()) {
                versioned(type, unit.code()).ifPresent(features::add);
            }
        }
        return new FeaturePage(features, matched, query.hitsOnly());
    }

    private FeaturePage byIds(GetFeatureQuery query, int limit) {
        List<ServedFeature> found = query.ids().stream().filter(id -> query.types().contains(id.type()))
                .map(id -> versioned(id.type(), id.code())).flatMap(Optional::stream).distinct().toList();
        int from = (int) Math.min(query.startIndex(), found.size());
        return new FeaturePage(found.subList(from, Math.min(found.size(), from + limit)), found.size(),
                query.hitsOnly());
    }

    private Optional<ServedFeature> versioned(FeatureType type, String code) {
        Optional<VersionedUnit> current = edits.current(code);
        return current.filter(unit -> unit.unit().level() == type.level())
                .map(unit -> new ServedFeature(type, unit));
    }

    /** GeoJSON (RFC 7946): always lon/lat, whatever SRSNAME says; the web bundle writes the JTS geometry. */
    private Map<String, Object> geoJson(FeaturePage page) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("timeStamp", clock.instant().toString());
        collection.put("numberMatched", page.numberMatched());
        collection.put("numberReturned", page.features().size());
        collection.put("features", page.features().stream().map(feature -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", "Feature");
            json.put("id", feature.id().toString());
            json.put("geometry", feature.unit().geometry());
            json.put("properties", feature.attributes());
            return json;
        }).toList());
        return collection;
    }
}
