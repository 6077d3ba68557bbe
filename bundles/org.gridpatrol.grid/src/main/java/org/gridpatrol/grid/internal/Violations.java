package org.gridpatrol.grid.internal;

import java.util.List;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.rules.Violation;

/** Violations of the rules library in the vocabulary of the grid API (which cannot depend on the library). */
final class Violations {

    private Violations() {
    }

    static List<GridViolation> of(List<Violation> violations) {
        return violations.stream().map(Violations::of).toList();
    }

    static GridViolation of(Violation violation) {
        return new GridViolation(violation.kind().name(), violation.codes(), violation.message(), violation.location());
    }
}
