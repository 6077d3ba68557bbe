package org.gridpatrol.ogc.internal;

import java.util.Arrays;
import java.util.Optional;
import org.gridpatrol.grid.api.AdminLevel;

/** The feature collections served: one per level of the hierarchy. */
enum OgcCollection {
    COUNTIES("counties", AdminLevel.COUNTY,
            "Counties and districts: the top of the grid hierarchy."),
    TOWNS("towns", AdminLevel.TOWN,
            "Towns and sub-district streets (乡镇街道), children of a county."),
    COMMUNITIES("communities", AdminLevel.COMMUNITY,
            "Villages and urban communities (村社区), children of a town."),
    GRIDS("grids", AdminLevel.GRID,
            "Grids (网格), the basic unit of grid-based community safety work, each with a responsible grid worker."),
    MICRO_GRIDS("micro-grids", AdminLevel.MICRO_GRID,
            "Micro-grids (微网格) inside a grid, each with a responsible worker.");

    private final String id;
    private final AdminLevel level;
    private final String description;

    OgcCollection(String id, AdminLevel level, String description) {
        this.id = id;
        this.level = level;
        this.description = description;
    }

    String id() {
        return id;
    }

    AdminLevel level() {
        return level;
    }

    String title() {
        return level.chineseName();
    }

    String description() {
        return description;
    }

    static Optional<OgcCollection> byId(String id) {
        return Arrays.stream(values()).filter(collection -> collection.id.equals(id)).findFirst();
    }

    static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(OgcCollection::id).toList());
    }
}
