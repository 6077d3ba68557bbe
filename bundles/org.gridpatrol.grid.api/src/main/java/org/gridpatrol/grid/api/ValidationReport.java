package org.gridpatrol.grid.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The topology rules checked over every stored unit; clean when there are no violations. */
public record ValidationReport(Instant checkedAt, long unitCount, long millis, List<GridViolation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return violations.isEmpty();
    }

    /** How many violations of each kind, by kind name. */
    public Map<String, Long> countByKind() {
        Map<String, Long> counts = new TreeMap<>();
        violations.forEach(violation -> counts.merge(violation.kind(), 1L, Long::sum));
        return counts;
    }
}
