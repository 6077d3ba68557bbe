package org.gridpatrol.ogc.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/** Reading {@code /collections/{id}/items} and {@code /collections/{id}/items/{code}}. */
final class ItemsResource {

    private final GridUnits units;
    private final GridEdits edits;
    private final Clock clock;

    ItemsResource(GridUnits units, GridEdits edits, Clock clock) {
        this.units = units;
        this.edits = edits;
        this.clock = clock;
    }

    Map<String, Object> items(ApiRequest request, OgcUrls urls, OgcCollection collection) {
        ItemsRequest itemsRequest = ItemsRequest.parse(request);
        GridPage page = units.query(itemsRequest.toQuery(collection));

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "FeatureCollection");
        document.put("timeStamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        document.put("numberMatched", page.totalMatched());
        document.put("numberReturned", page.units().size());
        document.put("features", page.units().stream().map(FeatureWriter::feature).toList());
        document.put("links", pageLinks(request, urls, collection, itemsRequest, page));
        return document;
    }

    /** One feature with its strong ETag, the unit's version; 304 when If-None-Match names that version. */
    ApiResponse item(ApiRequest request, OgcUrls urls, OgcCollection collection, String code) {
        ItemsRequest.rejectUnknownParameters(request, Set.of("f"));
        VersionedUnit current = edits.current(code)
                .filter(found -> found.unit().level() == collection.level())
                .orElseThrow(() -> ApiException.notFound("featureId",
                        "no feature '" + code + "' in collection '" + collection.id() + "'"));
        Map<String, String> headers = Map.of("ETag", Preconditions.etag(current.version()));
        if (Preconditions.notModified(request, current.version())) {
            return new ApiResponse(304, ApiResponse.GEO_JSON, null, headers);
        }
        return new ApiResponse(200, ApiResponse.GEO_JSON, itemDocument(urls, collection, current.unit()), headers);
    }

    /** A feature as served alone: with links to itself, its collection and its revisions. */
    static Map<String, Object> itemDocument(OgcUrls urls, OgcCollection collection, GridUnit unit) {
        Map<String, Object> feature = FeatureWriter.feature(unit);
        feature.put("links", List.of(
                new Link(urls.item(collection, unit.code()), "self", Link.GEO_JSON, "This feature"),
                new Link(urls.collection(collection), "collection", Link.JSON, "The collection"),
                new Link(urls.history(unit.code()), "version-history", Link.JSON, "The revisions of this unit")));
        return feature;
    }

    /**
     * self, collection, and next/prev by offset. Paging links repeat every other parameter of the
     * request, with the effective (clamped) limit, so a client following {@code next} sees each
     * feature exactly once.
     */
    private static List<Link> pageLinks(ApiRequest request, OgcUrls urls, OgcCollection collection,
            ItemsRequest itemsRequest, GridPage page) {
        String items = urls.items(collection);
        int limit = itemsRequest.limit();
        int offset = itemsRequest.offset();
        List<Link> links = new ArrayList<>();
        links.add(new Link(pageUrl(request, items, limit, offset), "self", Link.GEO_JSON, "This page"));
        links.add(new Link(urls.collection(collection), "collection", Link.JSON, "The collection"));
        long nextOffset = (long) offset + page.units().size();
        if (!page.units().isEmpty() && nextOffset < page.totalMatched() && nextOffset <= Integer.MAX_VALUE) {
            links.add(new Link(pageUrl(request, items, limit, (int) nextOffset), "next", Link.GEO_JSON, "Next page"));
        }
        if (offset > 0) {
            int previousOffset = Math.max(0, offset - limit);
            links.add(new Link(pageUrl(request, items, limit, previousOffset), "prev", Link.GEO_JSON, "Previous page"));
        }
        return links;
    }

    private static String pageUrl(ApiRequest request, String items, int limit, int offset) {
        return QueryString.with(items, request.query(),
                Map.of("limit", Integer.toString(limit), "offset", Integer.toString(offset)));
    }
}
