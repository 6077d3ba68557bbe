package org.gridpatrol.grid.api;

import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One unit an edit touches, as far as locating things goes.
 *
 * @param before its geometry now, null when the edit creates it
 * @param after  its geometry after the edit, null when the edit deletes it
 */
public record ChangedUnit(String code, AdminLevel level, MultiPolygon before, MultiPolygon after) {

    public ChangedUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
    }

    public boolean created() {
        return before == null;
    }

    public boolean deleted() {
        return after == null;
    }
}
