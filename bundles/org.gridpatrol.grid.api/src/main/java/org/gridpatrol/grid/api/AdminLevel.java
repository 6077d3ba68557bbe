package org.gridpatrol.grid.api;

import java.util.Locale;
import java.util.Optional;

/** The levels of the hierarchy, from the top down. */
public enum AdminLevel {
    COUNTY("county", "区县"),
    TOWN("town", "乡镇街道"),
    COMMUNITY("community", "村社区"),
    GRID("grid", "网格"),
    MICRO_GRID("micro-grid", "微网格");

    private final String id;
    private final String chineseName;

    AdminLevel(String id, String chineseName) {
        this.id = id;
        this.chineseName = chineseName;
    }

    /** Stable identifier used in the API and the store, e.g. {@code micro-grid}. */
    public String id() {
        return id;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The level above, empty for the county. */
    public Optional<AdminLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level below, empty for micro-grids. */
    public Optional<AdminLevel> childLevel() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Whether units of this level have a responsible grid worker. */
    public boolean hasWorker() {
        return this == GRID || this == MICRO_GRID;
    }

    public static Optional<AdminLevel> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AdminLevel level : values()) {
            if (level.id.equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
