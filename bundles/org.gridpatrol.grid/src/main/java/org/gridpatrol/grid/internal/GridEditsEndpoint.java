package org.gridpatrol.grid.internal;

import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/v1/grid-edits}: saves an edit of units as one revision by the caller (see {@link EditRequestReader}). */
@Component(service = ApiEndpoint.class, property = {
    ApiEndpoint.PATH + "=/api/v1/grid-edits",
    ApiEndpoint.ROLES + "=" + GridEditsEndpoint.EDITOR_ROLE})
public class GridEditsEndpoint implements ApiEndpoint {

    static final String EDITOR_ROLE = "gis-editor";

    private final GridEdits edits;
    private final EditRequestReader reader;

    @Activate
    public GridEditsEndpoint(@Reference GridEdits edits, @Reference GeoJsonCodec codec) {
        this.edits = edits;
        this.reader = new EditRequestReader(codec);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw new ApiException(405, null, request.method() + " not allowed, only POST");
        }
        return EditAnswers.answer(() -> edits.apply(reader.read(request.body(), request.user())));
    }
}
