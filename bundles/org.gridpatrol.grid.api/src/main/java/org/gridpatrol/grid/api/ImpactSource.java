package org.gridpatrol.grid.api;

import java.util.List;

/**
 * Whiteboard: a kind of thing located in the grid (cameras, checkpoints, patrollers' home grids...) that can
 * tell which of its items a grid edit moves to another unit. The grid bundle asks every registered source
 * before an edit is saved (and for a dry run); a source that fails is logged and left out of the report.
 */
public interface ImpactSource {

    /** What this source's items are, e.g. {@code camera}, {@code checkpoint}, {@code patrol-unit-home}. */
    String kind();

    /** The items whose unit the change alters; empty when none. Must not write anything. */
    List<ImpactedItem> impacted(GridChange change);
}
