package org.gridpatrol.wfs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.api.VersionedUnit;

/**
 * A unit as a feature of its type, at the version that was read. The attribute names and their order are
 * the schema of every type ({@link SchemaWriter}); only the masked phone ever leaves the platform.
 */
record ServedFeature(FeatureType type, VersionedUnit current) {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String LEVEL = "level";
    static final String PARENT = "parent";
    static final String WORKER_NAME = "worker_name";
    static final String WORKER_PHONE = "worker_phone";
    static final String VERSION = "version";
    static final String GEOMETRY = "geometry";

    FeatureId id() {
        return FeatureId.of(type, current.unit().code(), current.version());
    }

    GridUnit unit() {
        return current.unit();
    }

    /** The attributes (not the geometry) in schema order; null values for absent ones. */
    Map<String, Object> attributes() {
        GridUnit unit = current.unit();
        GridWorker worker = unit.worker();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(CODE, unit.code());
        attributes.put(NAME, unit.name());
        attributes.put(LEVEL, unit.level().id());
        attributes.put(PARENT, unit.parentCode());
        attributes.put(WORKER_NAME, worker == null ? null : worker.name());
        attributes.put(WORKER_PHONE, worker == null ? null : worker.maskedPhone());
        attributes.put(VERSION, current.version());
        return attributes;
    }
}
