package org.gridpatrol.video.stream.internal.worker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridpatrol.video.analysis.AlertChange;
import org.gridpatrol.video.api.AlertKind;

/** One stable UUID per running alert (zone and kind) from its start to its end; used by one thread. */
final class AlertIds {

    private record Key(String zoneId, AlertKind kind) {
    }

    private final Map<Key, String> running = new HashMap<>();

    /** The alert's id: new on START, the same on UPDATE and END (a new one if its start was missed). */
    String idFor(AlertChange change) {
        Key key = new Key(change.zoneId(), change.kind());
        return switch (change.phase()) {
            case START -> {
                String id = UUID.randomUUID().toString();
                running.put(key, id);
                yield id;
            }
            case UPDATE -> running.computeIfAbsent(key, missed -> UUID.randomUUID().toString());
            case END -> {
                String id = running.remove(key);
                yield id != null ? id : UUID.randomUUID().toString();
            }
        };
    }

    /** Zones with at least one running alert. */
    Set<String> alertingZones() {
        Set<String> zones = new HashSet<>();
        running.keySet().forEach(key -> zones.add(key.zoneId()));
        return zones;
    }
}
