package org.gridpatrol.grid.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.internal.InMemoryHierarchy;

/**
 * The units as they are before a change, as much as {@link TopologyValidator#validateChange} needs: a
 * unit by code and the children of a parent. A store answers both with one indexed query each, so a
 * save never loads the county.
 */
public interface GridHierarchy {

    Optional<GridUnit> unit(String code);

    /** The units whose parent code is {@code parentCode}, in a stable order. */
    List<GridUnit> children(String parentCode);

    /** An index over units held in memory; the first of two units with one code wins the lookup. */
    static GridHierarchy of(Collection<GridUnit> units) {
        return new InMemoryHierarchy(units);
    }
}
