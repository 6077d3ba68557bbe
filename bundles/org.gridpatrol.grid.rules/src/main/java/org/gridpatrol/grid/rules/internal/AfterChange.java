package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.GridHierarchy;

/**
 * The hierarchy as it would be after a change: deletions removed, changed units in place of the
 * existing units of their codes (a code both deleted and changed is replaced). Also which parents the
 * change touches, the only ones whose coverage can have changed.
 */
public final class AfterChange implements GridHierarchy {

    private final GridHierarchy before;
    private final Map<String, GridUnit> changed = new LinkedHashMap<>();
    private final Set<String> deleted = new LinkedHashSet<>();

    public AfterChange(GridHierarchy before, Collection<GridUnit> changedUnits, Collection<String> deletedCodes) {
        this.before = before;
        changedUnits.forEach(unit -> changed.putIfAbsent(unit.code(), unit));
        deletedCodes.stream().filter(code -> !changed.containsKey(code)).forEach(deleted::add);
    }

    @Override
    public Optional<GridUnit> unit(String code) {
        if (deleted.contains(code)) {
            return Optional.empty();
        }
        GridUnit replacement = changed.get(code);
        return replacement != null ? Optional.of(replacement) : before.unit(code);
    }

    @Override
    public List<GridUnit> children(String parentCode) {
        List<GridUnit> children = new ArrayList<>();
        for (GridUnit child : before.children(parentCode)) {
            if (!deleted.contains(child.code()) && !changed.containsKey(child.code())) {
                children.add(child);
            }
        }
        changed.values().stream().filter(unit -> parentCode.equals(unit.parentCode())).forEach(children::add);
        return children;
    }

    /** Parents whose children may no longer cover them, as they are after the change, in a stable order. */
    public List<GridUnit> touchedParents() {
        Set<String> codes = new LinkedHashSet<>();
        for (GridUnit unit : changed.values()) {
            addIfPresent(codes, unit.parentCode());
            before.unit(unit.code()).ifPresent(old -> addIfPresent(codes, old.parentCode()));
            codes.add(unit.code()); // its own children must still cover its new shape
        }
        for (String code : deleted) {
            before.unit(code).ifPresent(old -> addIfPresent(codes, old.parentCode()));
        }
        List<GridUnit> parents = new ArrayList<>();
        for (String code : codes) {
            unit(code).filter(parent -> !children(code).isEmpty() || !before.children(code).isEmpty())
                    .ifPresent(parents::add);
        }
        return parents;
    }

    /** Units left behind by a deleted parent: still there after the change, their parent not. */
    public List<GridUnit> orphans() {
        List<GridUnit> orphans = new ArrayList<>();
        for (String code : deleted) {
            children(code).stream().filter(child -> !changed.containsKey(child.code())).forEach(orphans::add);
        }
        return orphans;
    }

    private static void addIfPresent(Set<String> codes, String code) {
        if (code != null) {
            codes.add(code);
        }
    }
}
