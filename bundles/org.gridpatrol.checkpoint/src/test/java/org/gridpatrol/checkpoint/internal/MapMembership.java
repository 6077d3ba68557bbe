package org.gridpatrol.checkpoint.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.gridpatrol.tracking.api.FenceMembership;

/**
 * Fence membership as a test sets it. The tracking capability computes the real one from positions; here it
 * is input to the roster under test, not the thing tested.
 */
final class MapMembership implements FenceMembership {

    private final Map<String, Set<String>> unitsByFence = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastReports = new ConcurrentHashMap<>();

    /** When a unit last reported; units never set here count as reporting all the time. */
    void lastReport(String unitCode, Instant time) {
        lastReports.put(unitCode, time);
    }

    Optional<Instant> lastSeen(String unitCode) {
        return Optional.of(lastReports.getOrDefault(unitCode, Instant.MAX));
    }

    void set(String fenceId, String... units) {
        unitsByFence.put(fenceId, Set.of(units));
    }

    void clear() {
        unitsByFence.clear();
        lastReports.clear();
    }

    @Override
    public Set<String> unitsInside(String fenceId) {
        return unitsByFence.getOrDefault(fenceId, Set.of());
    }

    @Override
    public Set<String> fencesOf(String unitCode) {
        return unitsByFence.entrySet().stream().filter(entry -> entry.getValue().contains(unitCode))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
