package org.gridpatrol.tracking.internal.fences;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceEvent;
import org.osgi.service.event.Event;

/** A transition as the EventAdmin event of the contract: plain strings and numbers, time in ISO-8601 UTC. */
final class FenceEvents {

    private FenceEvents() {
    }

    static Event toEvent(FenceEvent transition, Optional<Fence> fence) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("unit", transition.unitCode());
        properties.put("fence", transition.fenceId());
        properties.put("fenceName", fence.map(Fence::name).orElse(transition.fenceId()));
        properties.put("source", fence.map(Fence::source).orElse(sourceOf(transition.fenceId())));
        properties.put("transition", transition.transition().name());
        properties.put("time", transition.time().toString());
        properties.put("lon", transition.lon());
        properties.put("lat", transition.lat());
        return new Event(FenceEvent.TOPIC, properties);
    }

    /** Fence ids are prefixed with their source: {@code grid:330381001001001}. */
    private static String sourceOf(String fenceId) {
        int colon = fenceId.indexOf(':');
        return colon > 0 ? fenceId.substring(0, colon) : "";
    }
}
