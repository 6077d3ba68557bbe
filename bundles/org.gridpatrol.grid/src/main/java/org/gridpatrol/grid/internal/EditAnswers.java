package org.gridpatrol.grid.internal;

import java.util.Map;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridImpacts;
import org.gridpatrol.grid.api.GridTopologyException;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;

/**
 * The answers of the writing endpoints: 201 with the revision; 409 naming the unit and its current
 * version; 422 with the located violations; 400 naming the field of anything else refused.
 */
final class EditAnswers {

    /** An edit or a rollback, with what it may throw. */
    interface Save {
        Revision run() throws GridValidationException, GridConflictException, GridTopologyException;
    }

    private EditAnswers() {
    }

    /** The saved revision is answered with the impact report {@code impacts} kept with it. */
    static ApiResponse answer(Save save, GridImpacts impacts) {
        try {
            Revision revision = save.run();
            return new ApiResponse(201, ApiResponse.JSON,
                    RevisionViews.revision(revision, impacts.impactOf(revision.id())),
                    Map.of("Location", "/api/v1/grid-revisions/" + revision.id()));
        } catch (GridValidationException invalid) {
            throw invalid(invalid);
        } catch (GridConflictException conflict) {
            return conflict(conflict);
        } catch (GridTopologyException broken) {
            Map<String, Object> problem = RevisionViews.problem(422, "Unprocessable Entity",
                    "the edit breaks the topology rules; nothing was saved: " + broken.getMessage());
            problem.put("violations", broken.violations().stream().map(RevisionViews::violation).toList());
            return new ApiResponse(422, RevisionViews.PROBLEM_JSON, problem, Map.of());
        }
    }

    static ApiException invalid(GridValidationException invalid) {
        return new ApiException(400, invalid.field(), invalid.problem().reason(), invalid.problem().lon(),
                invalid.problem().lat());
    }

    static ApiResponse conflict(GridConflictException conflict) {
        Map<String, Object> problem = RevisionViews.problem(409, "Conflict", conflict.getMessage());
        problem.put("field", "version");
        problem.put("code", conflict.code());
        problem.put("base_version", conflict.baseVersion());
        problem.put("current_version", conflict.currentVersion());
        return new ApiResponse(409, RevisionViews.PROBLEM_JSON, problem, Map.of());
    }
}
