package org.gridpatrol.checkpoint.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassStats;
import org.gridpatrol.checkpoint.api.Shift;
import org.gridpatrol.checkpoint.api.Staffing;

/**
 * JSON shapes of the checkpoint API as maps, so that times are ISO-8601 strings whatever the web bundle's
 * JSON configuration; geometries are left to its GeoJSON serialiser.
 */
final class Views {

    private Views() {
    }

    /** A checkpoint as a GeoJSON Feature: the fence as geometry; the outline only when asked for. */
    static Map<String, Object> feature(Checkpoint checkpoint, Staffing staffing, boolean withOutline) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", checkpoint.code());
        properties.put("name", checkpoint.name());
        properties.put("level", checkpoint.level().name());
        properties.put("shape", checkpoint.shape().name());
        properties.put("sizeMetres", checkpoint.sizeMetres());
        properties.put("lon", checkpoint.location().getX());
        properties.put("lat", checkpoint.location().getY());
        properties.put("gridCode", checkpoint.gridCode());
        properties.put("staffing", staffing(staffing));
        if (withOutline) {
            properties.put("outline", checkpoint.outline());
        }
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", checkpoint.code());
        feature.put("geometry", checkpoint.fence());
        feature.put("properties", properties);
        return feature;
    }

    static Map<String, Object> collection(List<Map<String, Object>> features) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    static Map<String, Object> staffing(Staffing staffing) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rostered", staffing.rostered().stream().sorted().toList());
        view.put("present", staffing.present().stream().sorted().toList());
        view.put("staffed", staffing.staffed());
        return view;
    }

    static Map<String, Object> shift(Shift shift) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", shift.id());
        view.put("checkpointCode", shift.checkpointCode());
        view.put("unitCode", shift.unitCode());
        view.put("start", shift.start().toString());
        view.put("end", shift.end().toString());
        return view;
    }

    static Map<String, Object> pass(Pass pass) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", pass.id());
        view.put("checkpointCode", pass.checkpointCode());
        view.put("time", pass.time().toString());
        view.put("subjectKind", pass.subjectKind().name());
        view.put("subject", pass.subject());
        view.put("direction", pass.inbound() ? "IN" : "OUT");
        view.put("healthCode", pass.healthCode().name());
        view.put("passType", pass.passType().name());
        view.put("officer", pass.officer());
        return view;
    }

    static Map<String, Object> stats(PassStats stats, String checkpointName) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("checkpointCode", stats.checkpointCode());
        view.put("checkpointName", checkpointName);
        view.put("day", stats.day().toString());
        view.put("passes", stats.passes());
        view.put("green", stats.green());
        view.put("yellow", stats.yellow());
        view.put("red", stats.red());
        view.put("redShare", stats.redShare());
        return view;
    }
}
