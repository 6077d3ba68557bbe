package org.gridpatrol.grid.api;

/**
 * An edit was based on an outdated version of a unit (or created a unit that exists, or changed one that
 * is gone); nothing was saved. {@link #currentVersion()} is 0 when the unit does not exist.
 */
public class GridConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final long baseVersion;
    private final long currentVersion;

    public GridConflictException(String code, long baseVersion, long currentVersion) {
        super(message(code, baseVersion, currentVersion));
        this.code = code;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
    }

    public String code() {
        return code;
    }

    /** The version the edit was based on, 0 for "new". */
    public long baseVersion() {
        return baseVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    private static String message(String code, long baseVersion, long currentVersion) {
        if (currentVersion == 0) {
            return "unit " + code + " does not exist (any more); the edit was based on version " + baseVersion;
        }
        if (baseVersion == 0) {
            return "unit " + code + " already exists in version " + currentVersion;
        }
        return "unit " + code + " was changed meanwhile: the edit is based on version " + baseVersion
                + ", the current version is " + currentVersion;
    }
}
