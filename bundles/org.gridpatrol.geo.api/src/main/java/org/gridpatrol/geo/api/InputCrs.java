package org.gridpatrol.geo.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Coordinate systems in which clients may report a point. Everything is stored in CGCS2000
 * (EPSG:4490); WGS84 differs from it by centimetres and is taken as equal.
 */
public enum InputCrs {
    /** CGCS2000 geographic, EPSG:4490: what the store holds. */
    CGCS2000("cgcs2000"),
    /** WGS84 geographic, EPSG:4326: GPS receivers, OpenStreetMap, Traccar Client. */
    WGS84("wgs84"),
    /** GCJ-02 ("Mars coordinates"): Amap/Gaode, Tencent and Apple maps in China. */
    GCJ02("gcj02"),
    /** BD-09: Baidu maps, GCJ-02 with a further offset. */
    BD09("bd09");

    private final String parameterName;

    InputCrs(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The name used in query parameters and configuration, e.g. {@code gcj02}. */
    public String parameterName() {
        return parameterName;
    }

    /** Finds a CRS by its parameter name, case-insensitively; also accepts "EPSG:4326"/"EPSG:4490". */
    public static Optional<InputCrs> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "epsg:4326":
            case "crs84":
                return Optional.of(WGS84);
            case "epsg:4490":
                return Optional.of(CGCS2000);
            default:
                for (InputCrs crs : values()) {
                    if (crs.parameterName.equals(wanted)) {
                        return Optional.of(crs);
                    }
                }
                return Optional.empty();
        }
    }
}
