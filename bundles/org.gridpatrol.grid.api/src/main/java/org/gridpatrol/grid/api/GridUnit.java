package org.gridpatrol.grid.api;

import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One unit of the hierarchy. Codes: GB/T 2260 / statistical division codes for county (6 digits),
 * town (9) and community (12); grids append 3 digits to their community's code, micro-grids 3 to
 * their grid's. {@code parentCode} is null only for the county; {@code worker} only for grids and
 * micro-grids. Geometry is CGCS2000 lon/lat.
 */
public record GridUnit(String code, String name, AdminLevel level, String parentCode, MultiPolygon geometry,
        GridWorker worker) {

    public GridUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
    }
}
