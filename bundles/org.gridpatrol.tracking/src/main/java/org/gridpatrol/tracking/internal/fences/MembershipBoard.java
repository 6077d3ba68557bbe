package org.gridpatrol.tracking.internal.fences;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The settled memberships of all units, readable from any thread, both ways round. Each unit is written
 * only by the worker that owns it, after every report it evaluates.
 */
final class MembershipBoard {

    private final ConcurrentMap<String, Set<String>> fencesByUnit = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<String>> unitsByFence = new ConcurrentHashMap<>();

    void update(String unit, Set<String> fences) {
        Set<String> before = fencesByUnit.getOrDefault(unit, Set.of());
        if (before.equals(fences)) {
            return;
        }
        for (String fence : before) {
            if (!fences.contains(fence)) {
                unitsByFence.computeIfPresent(fence, (id, units) -> {
                    units.remove(unit);
                    return units.isEmpty() ? null : units;
                });
            }
        }
        for (String fence : fences) {
            if (!before.contains(fence)) {
                unitsByFence.compute(fence, (id, units) -> {
                    Set<String> updated = units == null ? ConcurrentHashMap.newKeySet() : units;
                    updated.add(unit);
                    return updated;
                });
            }
        }
        if (fences.isEmpty()) {
            fencesByUnit.remove(unit);
        } else {
            fencesByUnit.put(unit, Set.copyOf(fences));
        }
    }

    Set<String> fencesOf(String unit) {
        return sorted(fencesByUnit.getOrDefault(unit, Set.of()));
    }

    Set<String> unitsInside(String fence) {
        return sorted(unitsByFence.getOrDefault(fence, Set.of()));
    }

    private static Set<String> sorted(Set<String> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
