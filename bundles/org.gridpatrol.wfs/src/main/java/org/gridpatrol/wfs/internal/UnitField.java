package org.gridpatrol.wfs.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;

/** The parts of a unit an edit can change, for telling which parts two versions differ in. */
enum UnitField {
    NAME, PARENT, WORKER_NAME, WORKER_PHONE, GEOMETRY;

    /** Within 1e-9 degrees (about 0.1 mm): a GML round trip through a client's doubles is no change. */
    private static final double SAME_GEOMETRY_DEGREES = 1e-9;

    /** The fields in which {@code a} and {@code b} differ. */
    static Set<UnitField> differences(GridUnit a, GridUnit b) {
        Set<UnitField> changed = EnumSet.noneOf(UnitField.class);
        for (UnitField field : values()) {
            if (!field.same(a, b)) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** The fields an attribute map of a transaction sets (plus the geometry when given). */
    static Set<UnitField> given(Map<String, String> attributes, boolean geometryGiven) {
        Set<UnitField> fields = EnumSet.noneOf(UnitField.class);
        if (attributes.containsKey(ServedFeature.NAME)) {
            fields.add(NAME);
        }
        if (attributes.containsKey(ServedFeature.PARENT)) {
            fields.add(PARENT);
        }
        if (attributes.containsKey(ServedFeature.WORKER_NAME)) {
            fields.add(WORKER_NAME);
        }
        if (attributes.containsKey(ServedFeature.WORKER_PHONE)) {
            fields.add(WORKER_PHONE);
        }
        if (geometryGiven) {
            fields.add(GEOMETRY);
        }
        return fields;
    }

    boolean same(GridUnit a, GridUnit b) {
        return switch (this) {
            case NAME -> Objects.equals(a.name(), b.name());
            case PARENT -> Objects.equals(a.parentCode(), b.parentCode());
            case WORKER_NAME -> Objects.equals(workerName(a.worker()), workerName(b.worker()));
            case WORKER_PHONE -> Objects.equals(phone(a.worker()), phone(b.worker()));
            case GEOMETRY -> a.geometry() == null ? b.geometry() == null
                    : b.geometry() != null && a.geometry().equalsExact(b.geometry(), SAME_GEOMETRY_DEGREES);
        };
    }

    private static String workerName(GridWorker worker) {
        return worker == null ? null : worker.name();
    }

    private static String phone(GridWorker worker) {
        return worker == null ? null : worker.phone();
    }
}
