package org.gridpatrol.grid.internal;

import java.util.List;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridValidationException;

/**
 * What the topology rules do not cover: who saves, the comment, names and workers, and lengths that must
 * fit the store. Fields are named as in the REST body ({@code units[i].properties.name}).
 */
final class EditChecks {

    static final int MAX_UNITS_PER_EDIT = 5_000;

    private EditChecks() {
    }

    static void check(GridEdit edit) throws GridValidationException {
        requireLength("author", edit.author(), 1, 100);
        requireLength("comment", edit.comment(), 0, 2000);
        if (edit.upserted().isEmpty() && edit.deleted().isEmpty()) {
            throw new GridValidationException("units", "the edit changes nothing: no units and nothing deleted");
        }
        if (edit.upserted().size() + edit.deleted().size() > MAX_UNITS_PER_EDIT) {
            throw new GridValidationException("units", "an edit touches at most " + MAX_UNITS_PER_EDIT + " units");
        }
        List<GridUnit> units = edit.upserted();
        for (int i = 0; i < units.size(); i++) {
            check(units.get(i), "units[" + i + "].properties.");
        }
        for (int i = 0; i < edit.deleted().size(); i++) {
            requireLength("deleted[" + i + "].code", edit.deleted().get(i), 1, 18);
        }
    }

    private static void check(GridUnit unit, String field) throws GridValidationException {
        requireLength(field + "code", unit.code(), 1, 18);
        requireLength(field + "name", unit.name(), 1, 200);
        if (unit.worker() != null) {
            if (!unit.level().hasWorker()) {
                throw new GridValidationException(field + "worker", "unit " + unit.code()
                        + ": only grids and micro-grids have a grid worker, this is a " + unit.level().id());
            }
            requireLength(field + "worker_name", unit.worker().name(), 0, 100);
            requireLength(field + "worker_phone", unit.worker().phone(), 0, 32);
        }
    }

    private static void requireLength(String field, String value, int min, int max) throws GridValidationException {
        int length = value == null ? 0 : value.strip().length();
        if (length < min) {
            throw new GridValidationException(field, "must not be empty");
        }
        if (value != null && value.length() > max) {
            throw new GridValidationException(field, "is " + value.length() + " characters; at most " + max);
        }
    }
}
