package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.GridHierarchy;

/** Units indexed by code and by parent code, in the order given. */
public final class InMemoryHierarchy implements GridHierarchy {

    private final Map<String, GridUnit> byCode = new HashMap<>();
    private final Map<String, List<GridUnit>> byParent = new HashMap<>();

    public InMemoryHierarchy(Collection<GridUnit> units) {
        for (GridUnit unit : units) {
            byCode.putIfAbsent(unit.code(), unit);
            if (unit.parentCode() != null) {
                byParent.computeIfAbsent(unit.parentCode(), code -> new ArrayList<>()).add(unit);
            }
        }
    }

    @Override
    public Optional<GridUnit> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<GridUnit> children(String parentCode) {
        return byParent.getOrDefault(parentCode, List.of());
    }
}
