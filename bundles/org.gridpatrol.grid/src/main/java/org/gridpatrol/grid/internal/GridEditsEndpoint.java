package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.EditPreview;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridImpacts;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/grid-edits}: saves an edit of units as one revision by the caller (see
 * {@link EditRequestReader}), answered with the revision and its impact report. With {@code ?dryRun=true} nothing
 * is saved: 200 with {@code {violations:[...], impact:[...], impactFailedSources:[...]}}.
 */
@Component(service = ApiEndpoint.class, property = {
    ApiEndpoint.PATH + "=/api/v1/grid-edits",
    ApiEndpoint.ROLES + "=" + GridEditsEndpoint.EDITOR_ROLE})
public class GridEditsEndpoint implements ApiEndpoint {

    static final String EDITOR_ROLE = "gis-editor";

    private final GridEdits edits;
    private final GridImpacts impacts;
    private final EditRequestReader reader;

    @Activate
    public GridEditsEndpoint(@Reference GridEdits edits, @Reference GridImpacts impacts,
            @Reference GeoJsonCodec codec) {
        this.edits = edits;
        this.impacts = impacts;
        this.reader = new EditRequestReader(codec);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw new ApiException(405, null, request.method() + " not allowed, only POST");
        }
        boolean dryRun = dryRun(request);
        GridEdit edit = reader.read(request.body(), request.user());
        if (!dryRun) {
            return EditAnswers.answer(() -> edits.apply(edit), impacts);
        }
        try {
            EditPreview preview = impacts.preview(edit);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("violations", preview.violations().stream().map(RevisionViews::violation).toList());
            ImpactJson.put(view, preview.impact());
            return ApiResponse.ok(view);
        } catch (GridValidationException invalid) {
            throw EditAnswers.invalid(invalid);
        } catch (GridConflictException conflict) {
            return EditAnswers.conflict(conflict);
        }
    }

    private static boolean dryRun(ApiRequest request) {
        String value = request.param("dryRun").orElse("false").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw ApiException.badRequest("dryRun", "must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
