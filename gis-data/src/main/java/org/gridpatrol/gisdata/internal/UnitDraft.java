package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.gisdata.Level;
import org.locationtech.jts.geom.Geometry;

/** A unit under construction: its geometry is replaced by the union of its children once they exist. */
final class UnitDraft {

    final String code;
    final String name;
    final Level level;
    final UnitDraft parent;
    final String workerName;
    final String workerPhone;
    final List<UnitDraft> children = new ArrayList<>();
    Geometry geometry;

    UnitDraft(String code, String name, Level level, UnitDraft parent, String workerName, String workerPhone) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.workerName = workerName;
        this.workerPhone = workerPhone;
    }
}
