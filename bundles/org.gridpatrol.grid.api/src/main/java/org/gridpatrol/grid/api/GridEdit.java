package org.gridpatrol.grid.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change of the hierarchy as a client saves it: units to insert or replace (by code), codes to
 * delete, and for every touched unit the version the client based its edit on (0 or absent for a unit
 * it believes new). A stale version is a conflict, never an overwrite.
 *
 * @param upserted     new units and new states of existing ones
 * @param deleted      codes to remove
 * @param baseVersions code to the version the client read; absent means "this unit does not exist yet"
 * @param author       who saves, as shown in the history
 * @param comment      why, as shown in the history; may be empty
 */
public record GridEdit(List<GridUnit> upserted, List<String> deleted, Map<String, Long> baseVersions, String author,
        String comment) {

    public GridEdit {
        upserted = List.copyOf(upserted);
        deleted = List.copyOf(deleted);
        baseVersions = Map.copyOf(baseVersions);
        Objects.requireNonNull(author, "author");
        comment = comment == null ? "" : comment;
    }

    /** The version the client based its edit of {@code code} on; 0 when it expects a new unit. */
    public long baseVersion(String code) {
        return baseVersions.getOrDefault(code, 0L);
    }
}
