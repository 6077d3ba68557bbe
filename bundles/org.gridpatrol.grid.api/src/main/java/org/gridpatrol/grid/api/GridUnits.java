package org.gridpatrol.grid.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored units of the hierarchy. */
public interface GridUnits {

    /** EventAdmin topic posted after units were written; property {@code codes}: the changed codes. */
    String TOPIC_CHANGED = "org/gridpatrol/grid/CHANGED";

    Optional<GridUnit> find(String code);

    GridPage query(GridQuery query);

    /** Units whose name contains or whose code starts with {@code text}, shallow levels first. */
    List<GridUnit> search(String text, int limit);

    /** How many units are stored. */
    long count();

    /**
     * Validates and stores units (insert or replace by code) in one transaction: geometry valid and
     * non-empty, level one below the parent's, inside the parent. Parents must be stored already or
     * come earlier in {@code units}.
     *
     * @throws GridValidationException for the first unit refused; then nothing is stored
     */
    void save(Collection<GridUnit> units) throws GridValidationException;
}
