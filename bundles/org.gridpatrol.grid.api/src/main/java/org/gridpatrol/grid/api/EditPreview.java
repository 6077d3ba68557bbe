package org.gridpatrol.grid.api;

import java.util.List;

/**
 * A dry run of an edit: the topology rules it would break (empty when it could be saved as it is) and what
 * it would move between units. Nothing is saved.
 */
public record EditPreview(List<GridViolation> violations, ImpactReport impact) {

    public EditPreview {
        violations = List.copyOf(violations);
    }
}
