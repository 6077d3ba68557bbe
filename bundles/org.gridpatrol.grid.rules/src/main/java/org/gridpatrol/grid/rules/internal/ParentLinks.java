package org.gridpatrol.grid.rules.internal;

import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.Violation;
import org.gridpatrol.grid.rules.ViolationKind;

/** Rules between a unit and its parent: the parent is there, one level up, and prefixes the code. */
public final class ParentLinks {

    private ParentLinks() {
    }

    /** @param parent the unit's parent as found by its parent code, empty when there is none */
    public static Optional<Violation> check(Member child, Optional<GridUnit> parent) {
        GridUnit unit = child.unit();
        String code = unit.code();
        Optional<AdminLevel> parentLevel = unit.level().parentLevel();
        if (parentLevel.isEmpty()) {
            return unit.parentCode() == null ? Optional.empty() : Optional.of(new Violation(ViolationKind.WRONG_LEVEL,
                    List.of(code, unit.parentCode()), "unit " + code + " is a county and cannot have parent "
                    + unit.parentCode(), child.shape()));
        }
        if (unit.parentCode() == null || parent.isEmpty()) {
            String which = unit.parentCode() == null ? "has no parent" : "has parent " + unit.parentCode()
                    + ", which does not exist";
            return Optional.of(new Violation(ViolationKind.MISSING_PARENT, parentCodes(unit),
                    "unit " + code + " (" + unit.level().id() + ") " + which, child.shape()));
        }
        GridUnit found = parent.get();
        if (found.level() != parentLevel.get()) {
            return Optional.of(new Violation(ViolationKind.WRONG_LEVEL, List.of(code, found.code()),
                    "unit " + code + " is a " + unit.level().id() + " and needs a " + parentLevel.get().id()
                    + " as parent, but " + found.code() + " is a " + found.level().id(), child.shape()));
        }
        if (!code.startsWith(found.code())) {
            return Optional.of(new Violation(ViolationKind.BAD_CODE, List.of(code, found.code()),
                    "unit " + code + " must start with its parent's code " + found.code(), child.shape()));
        }
        return Optional.empty();
    }

    private static List<String> parentCodes(GridUnit unit) {
        return unit.parentCode() == null ? List.of(unit.code()) : List.of(unit.code(), unit.parentCode());
    }
}
