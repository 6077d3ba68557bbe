package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridImpacts;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/grid-revisions/{id}}: a revision with every unit before and after, as GeoJSON, and the
 * impact report kept with it ({@code impact}, null for revisions saved without one);
 * {@code POST /api/v1/grid-revisions/{id}/rollback} (role gis-editor, optional body {@code {comment}}):
 * reverts it as a new revision.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/grid-revisions/*")
public class GridRevisionsEndpoint implements ApiEndpoint {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GridEdits edits;
    private final GridImpacts impacts;

    @Activate
    public GridRevisionsEndpoint(@Reference GridEdits edits, @Reference GridImpacts impacts) {
        this.edits = edits;
        this.impacts = impacts;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String[] segments = request.subPath().replaceFirst("^/", "").split("/", -1);
        long id = revisionId(segments[0]);
        if (segments.length == 1 && "GET".equalsIgnoreCase(request.method())) {
            Revision revision = edits.revision(id)
                    .orElseThrow(() -> ApiException.notFound("id", "no revision " + id));
            return ApiResponse.ok(RevisionViews.revision(revision, impacts.impactOf(id)));
        }
        if (segments.length == 2 && segments[1].equals("rollback")) {
            if (!"POST".equalsIgnoreCase(request.method())) {
                throw new ApiException(405, null, request.method() + " not allowed, only POST");
            }
            if (!request.hasRole(GridEditsEndpoint.EDITOR_ROLE) && !request.hasRole("admin")) {
                throw new ApiException(403, "role", "needs the role " + GridEditsEndpoint.EDITOR_ROLE);
            }
            String comment = comment(request.body());
            try {
                return EditAnswers.answer(() -> edits.rollback(id, request.user(), comment), impacts);
            } catch (NoSuchElementException missing) {
                throw ApiException.notFound("id", "no revision " + id);
            }
        }
        if (segments.length == 1) {
            throw new ApiException(405, null, request.method() + " not allowed, only GET");
        }
        throw ApiException.notFound("path", "use /api/v1/grid-revisions/{id} or /api/v1/grid-revisions/{id}/rollback");
    }

    private static long revisionId(String segment) {
        try {
            long id = Long.parseLong(segment);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ApiException.badRequest("id", "must be a revision number > 0, got '" + segment + "'");
    }

    private static String comment(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            JsonNode comment = root == null ? null : root.get("comment");
            if (root != null && !root.isObject() || comment != null && !comment.isNull() && !comment.isTextual()) {
                throw ApiException.badRequest("comment", "the body must be {\"comment\": \"...\"}");
            }
            return comment == null || comment.isNull() ? null : comment.asText();
        } catch (IOException broken) {
            throw ApiException.badRequest("body", "is not valid JSON: " + broken.getMessage());
        }
    }
}
