package org.gridpatrol.ogc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;

/**
 * OGC API Features Part 4 on {@code /collections/{id}/items[/{code}]}: POST creates, PUT replaces, PATCH
 * merges (RFC 7396), DELETE removes; each is one revision through {@link GridEdits} by the logged-in user,
 * with the comment of header {@value #COMMENT_HEADER} or query {@code comment} (URL-encoded).
 */
final class FeatureEdits {

    static final String EDITOR_ROLE = "gis-editor";
    static final String COMMENT_HEADER = "X-Gridpatrol-Comment";
    static final String REVISION_HEADER = "X-Gridpatrol-Revision";
    static final String DEFAULT_COMMENT = "OGC API edit";

    private final GridEdits edits;
    private final FeatureReader reader;
    private final int maxFeatureBytes;

    FeatureEdits(GridEdits edits, GeoJsonCodec codec, int maxFeatureBytes) {
        this.edits = edits;
        this.reader = new FeatureReader(codec);
        this.maxFeatureBytes = maxFeatureBytes;
    }

    ApiResponse create(ApiRequest request, OgcUrls urls, OgcCollection collection) {
        String comment = comment(request);
        JsonNode feature = FeatureBodies.object(request, maxFeatureBytes, false);
        // A copy of an existing feature (masked phone and all) is read against it, so that it gets its 409.
        GridUnit existing = FeatureReader.code(feature, null).flatMap(edits::current).map(VersionedUnit::unit)
                .orElse(null);
        GridUnit unit = reader.read(feature, collection, null, existing);
        Revision revision = EditOutcomes.save(edits,
                new GridEdit(List.of(unit), List.of(), Map.of(), request.user(), comment), null);
        return saved(201, urls, collection, revision, unit.code());
    }

    ApiResponse replace(ApiRequest request, OgcUrls urls, OgcCollection collection, String code) {
        String comment = comment(request);
        FeatureBodies.checkSize(request, maxFeatureBytes);
        VersionedUnit current = current(collection, code);
        Preconditions.baseVersion(request, current);
        GridUnit unit = reader.read(FeatureBodies.object(request, maxFeatureBytes, false), collection, code,
                current.unit());
        return update(request, urls, collection, current, unit, comment);
    }

    ApiResponse patch(ApiRequest request, OgcUrls urls, OgcCollection collection, String code) {
        String comment = comment(request);
        FeatureBodies.checkSize(request, maxFeatureBytes);
        VersionedUnit current = current(collection, code);
        Preconditions.baseVersion(request, current);
        JsonNode patch = FeatureBodies.object(request, maxFeatureBytes, true);
        JsonNode merged = FeatureBodies.mergePatch(reader.document(current.unit()), patch);
        GridUnit unit = reader.read(merged, collection, code, current.unit());
        return update(request, urls, collection, current, unit, comment);
    }

    ApiResponse delete(ApiRequest request, OgcCollection collection, String code) {
        String comment = comment(request);
        VersionedUnit current = current(collection, code);
        long base = Preconditions.baseVersion(request, current);
        Revision revision = EditOutcomes.save(edits, new GridEdit(List.of(), List.of(code), Map.of(code, base),
                request.user(), comment), ifMatch(request));
        return new ApiResponse(204, ApiResponse.JSON, null,
                Map.of(REVISION_HEADER, Long.toString(revision.id())));
    }

    /** Whether the caller may write: {@value #EDITOR_ROLE}, or admin (as the web bundle lets admin pass). */
    static void checkEditor(ApiRequest request) {
        if (!request.hasRole(EDITOR_ROLE) && !request.hasRole("admin")) {
            throw new ApiException(403, "role", request.method() + " changes boundaries and needs the role "
                    + EDITOR_ROLE + "; reading needs none");
        }
    }

    /** Saves the new state based on the version If-Match named; the state as stored is answered without a revision. */
    private ApiResponse update(ApiRequest request, OgcUrls urls, OgcCollection collection, VersionedUnit current,
            GridUnit unit, String comment) {
        if (unit.equals(current.unit())) {
            return new ApiResponse(200, ApiResponse.GEO_JSON, ItemsResource.itemDocument(urls, collection, unit),
                    Map.of("ETag", Preconditions.etag(current.version())));
        }
        Revision revision = EditOutcomes.save(edits, new GridEdit(List.of(unit), List.of(),
                Map.of(unit.code(), current.version()), request.user(), comment), ifMatch(request));
        return saved(200, urls, collection, revision, unit.code());
    }

    private VersionedUnit current(OgcCollection collection, String code) {
        return edits.current(code).filter(found -> found.unit().level() == collection.level())
                .orElseThrow(() -> ApiException.notFound("featureId",
                        "no feature '" + code + "' in collection '" + collection.id() + "'"));
    }

    /** The new feature with its ETag; Location for a created one. */
    private static ApiResponse saved(int status, OgcUrls urls, OgcCollection collection, Revision revision,
            String code) {
        UnitChange change = revision.changes().stream().filter(changed -> changed.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("revision " + revision.id() + " did not change " + code));
        Map<String, Object> feature = ItemsResource.itemDocument(urls, collection, change.after());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", Preconditions.etag(change.versionAfter()));
        headers.put(REVISION_HEADER, Long.toString(revision.id()));
        if (status == 201) {
            headers.put("Location", urls.item(collection, code));
        }
        return new ApiResponse(status, ApiResponse.GEO_JSON, feature, headers);
    }

    private static String ifMatch(ApiRequest request) {
        return request.header("if-match").orElse("");
    }

    /** Header first (URL-encoded, as HTTP headers carry no Chinese), then the query, then the default. */
    static String comment(ApiRequest request) {
        ItemsRequest.rejectUnknownParameters(request, Set.of("comment"));
        String header = request.header(COMMENT_HEADER.toLowerCase(java.util.Locale.ROOT)).orElse("");
        if (!header.isBlank()) {
            try {
                return URLDecoder.decode(header.trim(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException broken) {
                throw ApiException.badRequest(COMMENT_HEADER, "must be URL-encoded UTF-8 text: " + broken.getMessage());
            }
        }
        return request.param("comment").orElse(DEFAULT_COMMENT);
    }
}
