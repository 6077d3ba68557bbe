package org.gridpatrol.grid.api;

import org.locationtech.jts.geom.Envelope;

/**
 * A page of units. Any of {@code level}, {@code parentCode}, {@code code} and {@code bbox} (lon/lat)
 * may be null, meaning no restriction. Results are ordered by code.
 */
public record GridQuery(AdminLevel level, String parentCode, String code, Envelope bbox, int offset, int limit) {

    public static GridQuery level(AdminLevel level) {
        return new GridQuery(level, null, null, null, 0, Integer.MAX_VALUE);
    }
}
