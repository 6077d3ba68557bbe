package org.gridpatrol.ogc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;

/**
 * A unit as a GeoJSON feature. The geometry stays a JTS object: the web bundle writes it as GeoJSON.
 * Every feature carries the same property keys (null when absent) so clients such as GDAL, which
 * derive the schema from the first page, see every field.
 */
final class FeatureWriter {

    private FeatureWriter() {
    }

    static Map<String, Object> feature(GridUnit unit) {
        GridWorker worker = unit.worker();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", unit.code());
        properties.put("name", unit.name());
        properties.put("level", unit.level().id());
        properties.put("parent", unit.parentCode());
        properties.put("worker_name", worker == null ? null : worker.name());
        // Only the masked phone ever leaves the platform through this API.
        properties.put("worker_phone", worker == null ? null : worker.maskedPhone());

        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", unit.code());
        feature.put("geometry", unit.geometry());
        feature.put("properties", properties);
        return feature;
    }
}
