package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.locationtech.jts.geom.Envelope;

/** How units appear in API answers; workers only ever with their masked phone. */
final class UnitViews {

    private UnitViews() {
    }

    /** These resources are read-only. */
    static void requireGet(ApiRequest request) {
        if (!"GET".equalsIgnoreCase(request.method())) {
            throw new ApiException(405, null, request.method() + " not allowed, only GET");
        }
    }

    /** {@code {code, name, level[, worker]}}, as in a located chain. */
    static Map<String, Object> brief(GridUnit unit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", unit.code());
        view.put("name", unit.name());
        view.put("level", unit.level().id());
        if (unit.worker() != null) {
            view.put("worker", worker(unit.worker()));
        }
        return view;
    }

    static Map<String, Object> worker(GridWorker worker) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", worker.name());
        view.put("phone", worker.maskedPhone());
        return view;
    }

    /** {@code [minLon, minLat, maxLon, maxLat]} of the unit's geometry. */
    static List<Double> bbox(GridUnit unit) {
        Envelope envelope = unit.geometry().getEnvelopeInternal();
        return List.of(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    static Map<String, Object> lonLat(double lon, double lat) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("lon", lon);
        view.put("lat", lat);
        return view;
    }
}
