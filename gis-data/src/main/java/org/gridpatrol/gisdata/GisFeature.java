package org.gridpatrol.gisdata;

import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One unit of the hierarchy. Coordinates are lon/lat (CGCS2000) on a 1e-7 degree grid; exterior rings are
 * counter-clockwise (RFC 7946).
 *
 * @param parentCode  null for the county
 * @param workerName  null above grid level
 * @param workerPhone null above grid level
 */
public record GisFeature(String code, String name, String level, String parentCode, MultiPolygon geometry,
        String workerName, String workerPhone) {

    public GisFeature {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(geometry, "geometry");
    }
}
