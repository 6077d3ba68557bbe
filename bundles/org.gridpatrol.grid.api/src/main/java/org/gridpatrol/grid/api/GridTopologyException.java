package org.gridpatrol.grid.api;

import java.util.List;

/** An edit would break the topology rules; nothing was saved. */
public class GridTopologyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<GridViolation> violations;

    public GridTopologyException(List<GridViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<GridViolation> violations() {
        return violations;
    }

    private static String summary(List<GridViolation> violations) {
        return violations.size() + " topology violation(s)"
                + (violations.isEmpty() ? "" : ", first: " + violations.get(0).message());
    }
}
