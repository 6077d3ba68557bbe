package org.gridpatrol.grid.api;

import java.util.Objects;

/**
 * One thing a grid edit moves: its unit before and after the edit.
 *
 * @param kind              the {@link ImpactSource#kind()} that reported it
 * @param lon               CGCS2000 longitude, null when the thing has no position (e.g. a home grid)
 * @param gridBefore        the unit it belongs to now
 * @param gridAfter         the unit it will belong to; null when it ends up outside every unit or has no successor
 * @param needsReassignment whether someone must assign it by hand after the save (stored codes are not guessed)
 */
public record ImpactedItem(String kind, String id, String name, Double lon, Double lat, String gridBefore,
        String gridAfter, boolean needsReassignment) {

    public ImpactedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
