package org.gridpatrol.gisdata;

/** The five levels of the hierarchy, top down; {@link #id()} is the GeoJSON {@code level} value. */
public enum Level {
    COUNTY("county", 6),
    TOWN("town", 9),
    COMMUNITY("community", 12),
    GRID("grid", 15),
    MICRO_GRID("micro-grid", 18);

    private final String id;
    private final int codeLength;

    Level(String id, int codeLength) {
        this.id = id;
        this.codeLength = codeLength;
    }

    /** Stable identifier, equal to the grid API's {@code AdminLevel.id()}. */
    public String id() {
        return id;
    }

    /** Number of digits of a code at this level. */
    public int codeLength() {
        return codeLength;
    }

    /** Whether units of this level carry a grid worker. */
    public boolean hasWorker() {
        return this == GRID || this == MICRO_GRID;
    }
}
