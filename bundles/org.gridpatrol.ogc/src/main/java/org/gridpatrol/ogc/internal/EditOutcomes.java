package org.gridpatrol.ogc.internal;

import java.util.Map;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridTopologyException;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.web.api.ApiException;

/**
 * Saves an edit through {@link GridEdits} and turns its refusals into the answers of the grid edit endpoints:
 * 400 naming the field, 409 naming the unit and its current version (412 when the client's If-Match was
 * outdated by a write between its check and the save), 422 with the located violations.
 */
final class EditOutcomes {

    private EditOutcomes() {
    }

    /** @param ifMatch the client's If-Match, null for a create */
    static Revision save(GridEdits edits, GridEdit edit, String ifMatch) {
        try {
            return edits.apply(edit);
        } catch (GridValidationException invalid) {
            throw new ApiException(400, withoutUnitIndex(invalid.field()), invalid.problem().reason(),
                    invalid.problem().lon(), invalid.problem().lat());
        } catch (GridConflictException conflict) {
            if (ifMatch != null) {
                throw new Problems.Refusal(Preconditions.failed(conflict.code(), ifMatch, conflict.currentVersion()));
            }
            Map<String, Object> problem = Problems.problem(409, "Conflict", conflict.getMessage());
            problem.put("field", "properties.code");
            problem.put("code", conflict.code());
            problem.put("base_version", conflict.baseVersion());
            problem.put("current_version", conflict.currentVersion());
            throw new Problems.Refusal(Problems.answer(problem, Map.of()));
        } catch (GridTopologyException broken) {
            Map<String, Object> problem = Problems.problem(422, "Unprocessable Entity",
                    "the edit breaks the topology rules; nothing was saved: " + broken.getMessage());
            problem.put("violations", broken.violations().stream().map(Problems::violation).toList());
            throw new Problems.Refusal(Problems.answer(problem, Map.of()));
        }
    }

    /** The edit service names fields of its unit list ({@code units[0].properties.name}); here there is one feature. */
    private static String withoutUnitIndex(String field) {
        return field == null ? null : field.replaceFirst("^units\\[\\d+\\]\\.", "");
    }
}
