package org.gridpatrol.ogc.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * OGC API - Features Part 1 (Core) over the grid hierarchy, at {@code /ogc}: GeoJSON in CRS84,
 * one collection per level. Routes the sub-path to the resource that answers it.
 */
@Component(service = {ApiEndpoint.class, EventHandler.class}, property = {
    ApiEndpoint.PATH + "=" + OgcUrls.PATH + "/*",
    EventConstants.EVENT_TOPIC + "=" + GridUnits.TOPIC_CHANGED})
public class OgcFeaturesEndpoint implements ApiEndpoint, EventHandler {

    private final CollectionsResource collections;
    private final ItemsResource items;

    @Activate
    public OgcFeaturesEndpoint(@Reference GridUnits units) {
        this(units, Clock.systemUTC());
    }

    OgcFeaturesEndpoint(GridUnits units, Clock clock) {
        this.collections = new CollectionsResource(units);
        this.items = new ItemsResource(units, clock);
    }

    /** Units were written: collection extents must be computed again. */
    @Override
    public void handleEvent(Event event) {
        collections.unitsChanged();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!"GET".equalsIgnoreCase(request.method()) && !"HEAD".equalsIgnoreCase(request.method())) {
            throw new ApiException(405, "method", "only GET is supported, got " + request.method());
        }
        checkFormat(request);
        OgcUrls urls = OgcUrls.of(request.baseUrl());
        List<String> path = segments(request.subPath());
        if (path.isEmpty()) {
            return ApiResponse.ok(LandingPage.landingPage(urls));
        }
        return switch (path.get(0)) {
            case "conformance" -> only(path, 1, ApiResponse.JSON, LandingPage.conformance());
            case "api" -> only(path, 1, Link.OPENAPI_JSON, OpenApiDocument.document(urls));
            case "collections" -> collectionsResource(request, urls, path);
            default -> throw notFound(request.subPath());
        };
    }

    private ApiResponse collectionsResource(ApiRequest request, OgcUrls urls, List<String> path) {
        if (path.size() == 1) {
            return ApiResponse.ok(collections.collections(urls));
        }
        OgcCollection collection = OgcCollection.byId(path.get(1)).orElseThrow(() -> ApiException.notFound(
                "collectionId", "no collection '" + path.get(1) + "'; collections: " + OgcCollection.knownIds()));
        if (path.size() == 2) {
            return ApiResponse.ok(collections.collection(urls, collection));
        }
        if (!"items".equals(path.get(2)) || path.size() > 4) {
            throw notFound(request.subPath());
        }
        if (path.size() == 3) {
            return ApiResponse.ok(ApiResponse.GEO_JSON, items.items(request, urls, collection));
        }
        return ApiResponse.ok(ApiResponse.GEO_JSON, items.item(request, urls, collection, path.get(3)));
    }

    /** JSON is the only encoding served; GDAL never sends {@code f}, browsers may ask for html. */
    private static void checkFormat(ApiRequest request) {
        request.param("f").ifPresent(format -> {
            if (!format.toLowerCase(Locale.ROOT).equals("json")) {
                throw ApiException.badRequest("f", "only f=json is served, got '" + format + "'");
            }
        });
    }

    private static ApiResponse only(List<String> path, int length, String contentType, Object body) {
        if (path.size() != length) {
            throw notFound(String.join("/", path));
        }
        return ApiResponse.ok(contentType, body);
    }

    private static List<String> segments(String subPath) {
        if (subPath == null) {
            return List.of();
        }
        return Arrays.stream(subPath.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private static ApiException notFound(String subPath) {
        return ApiException.notFound("path", "no OGC API resource at " + OgcUrls.PATH + "/"
                + subPath.replaceFirst("^/", ""));
    }
}
