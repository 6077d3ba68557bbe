package org.gridpatrol.ogc.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OGC API - Features at {@code /ogc} over the grid hierarchy, GeoJSON in CRS84, one collection per level:
 * Part 1 (Core) reads for every logged-in user, Part 4 writes (POST, PUT, PATCH, DELETE) for the role
 * {@value FeatureEdits#EDITOR_ROLE}. Routes the sub-path and method to the resource that answers it.
 */
@Component(service = {ApiEndpoint.class, EventHandler.class}, configurationPid = OgcConfig.PID, property = {
    ApiEndpoint.PATH + "=" + OgcUrls.PATH + "/*",
    EventConstants.EVENT_TOPIC + "=" + GridUnits.TOPIC_CHANGED})
@Designate(ocd = OgcConfig.class)
public class OgcFeaturesEndpoint implements ApiEndpoint, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OgcFeaturesEndpoint.class);

    private final CollectionsResource collections;
    private final ItemsResource items;
    private final FeatureEdits featureEdits;

    @Activate
    public OgcFeaturesEndpoint(@Reference GridUnits units, @Reference GridEdits edits, @Reference GeoJsonCodec codec,
            OgcConfig config) {
        this(units, edits, codec, maxFeatureBytes(config), Clock.systemUTC());
    }

    OgcFeaturesEndpoint(GridUnits units, GridEdits edits, GeoJsonCodec codec, int maxFeatureBytes, Clock clock) {
        this.collections = new CollectionsResource(units);
        this.items = new ItemsResource(units, edits, clock);
        this.featureEdits = new FeatureEdits(edits, codec, maxFeatureBytes);
    }

    private static int maxFeatureBytes(OgcConfig config) {
        if (config.maxFeatureBytes() <= 0) {
            LOG.error("{}: maxFeatureBytes must be at least 1, got {}", OgcConfig.PID, config.maxFeatureBytes());
            throw new IllegalArgumentException("maxFeatureBytes must be >= 1, got " + config.maxFeatureBytes());
        }
        return config.maxFeatureBytes();
    }

    /** Units were written: collection extents must be computed again. */
    @Override
    public void handleEvent(Event event) {
        collections.unitsChanged();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        List<String> path = segments(request.subPath());
        OgcUrls urls = OgcUrls.of(request.baseUrl());
        switch (method) {
            case "GET", "HEAD" -> {
                checkFormat(request);
                return read(request, urls, path);
            }
            case "POST", "PUT", "PATCH", "DELETE" -> {
                FeatureEdits.checkEditor(request);
                try {
                    return write(request, method, urls, path);
                } catch (Problems.Refusal refused) {
                    return refused.response();
                }
            }
            default -> throw new ApiException(405, "method", method + " is not supported; GET reads, POST, PUT, PATCH"
                    + " and DELETE write features");
        }
    }

    private ApiResponse read(ApiRequest request, OgcUrls urls, List<String> path) {
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
        OgcCollection collection = collection(path);
        if (path.size() == 2) {
            return ApiResponse.ok(collections.collection(urls, collection));
        }
        checkItemsPath(request, path);
        if (path.size() == 3) {
            return ApiResponse.ok(ApiResponse.GEO_JSON, items.items(request, urls, collection));
        }
        return items.item(request, urls, collection, path.get(3));
    }

    /** POST to {@code items}; PUT, PATCH and DELETE to {@code items/{featureId}}; everything else is read-only. */
    private ApiResponse write(ApiRequest request, String method, OgcUrls urls, List<String> path) {
        boolean known = path.isEmpty() || List.of("conformance", "api", "collections").contains(path.get(0));
        if (!known) {
            throw notFound(request.subPath());
        }
        if (path.size() < 3 || !path.get(0).equals("collections")) {
            throw readOnly(method, request.subPath());
        }
        OgcCollection collection = collection(path);
        checkItemsPath(request, path);
        if (path.size() == 3) {
            if (!method.equals("POST")) {
                throw new ApiException(405, "method", method + " goes to a feature, "
                        + urls.items(collection) + "/{featureId}; POST here creates one");
            }
            return featureEdits.create(request, urls, collection);
        }
        String code = path.get(3);
        return switch (method) {
            case "PUT" -> featureEdits.replace(request, urls, collection, code);
            case "PATCH" -> featureEdits.patch(request, urls, collection, code);
            case "DELETE" -> featureEdits.delete(request, collection, code);
            default -> throw new ApiException(405, "method", "POST creates features at " + urls.items(collection)
                    + "; a feature takes GET, PUT, PATCH and DELETE");
        };
    }

    private static OgcCollection collection(List<String> path) {
        return OgcCollection.byId(path.get(1)).orElseThrow(() -> ApiException.notFound(
                "collectionId", "no collection '" + path.get(1) + "'; collections: " + OgcCollection.knownIds()));
    }

    private static void checkItemsPath(ApiRequest request, List<String> path) {
        if (!"items".equals(path.get(2)) || path.size() > 4) {
            throw notFound(request.subPath());
        }
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

    private static ApiException readOnly(String method, String subPath) {
        return new ApiException(405, "method", method + " is not allowed on " + OgcUrls.PATH + "/"
                + (subPath == null ? "" : subPath.replaceFirst("^/", ""))
                + "; only the items of a collection are written");
    }

    private static ApiException notFound(String subPath) {
        return ApiException.notFound("path", "no OGC API resource at " + OgcUrls.PATH + "/"
                + subPath.replaceFirst("^/", ""));
    }
}
