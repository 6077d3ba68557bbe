package org.gridpatrol.gisdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How many units each level gets: a small demo, or the scale of the real county for benchmarks. */
public enum Size {
    /** 5 towns, 20 communities, 60 grids, 360 micro-grids. */
    DEMO(5, 4, 3, 6),
    /** 20 towns, 200 communities, 1,000 grids, 15,000 micro-grids. */
    COUNTY(20, 10, 5, 15);

    private final int towns;
    private final int communitiesPerTown;
    private final int gridsPerCommunity;
    private final int microGridsPerGrid;

    Size(int towns, int communitiesPerTown, int gridsPerCommunity, int microGridsPerGrid) {
        this.towns = towns;
        this.communitiesPerTown = communitiesPerTown;
        this.gridsPerCommunity = gridsPerCommunity;
        this.microGridsPerGrid = microGridsPerGrid;
    }

    public int towns() {
        return towns;
    }

    /** Number of children each unit of {@code parent} level gets. */
    public int childrenPer(Level parent) {
        return switch (parent) {
            case COUNTY -> towns;
            case TOWN -> communitiesPerTown;
            case COMMUNITY -> gridsPerCommunity;
            case GRID -> microGridsPerGrid;
            case MICRO_GRID -> 0;
        };
    }

    /** Total number of units of {@code level}. */
    public int count(Level level) {
        int count = 1;
        for (Level above : Level.values()) {
            if (above == level) {
                return count;
            }
            count *= childrenPer(above);
        }
        throw new IllegalArgumentException("unknown level " + level);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code demo} or {@code county} (case-insensitive). */
    public static Size fromId(String id) {
        for (Size size : values()) {
            if (size.id().equalsIgnoreCase(id.trim())) {
                return size;
            }
        }
        throw new IllegalArgumentException("unknown size '" + id + "', expected one of "
                + Arrays.stream(values()).map(Size::id).collect(Collectors.joining(", ")));
    }
}
