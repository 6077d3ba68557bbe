package org.gridpatrol.checkpoint.api;

/**
 * Input refused by the checkpoint capability: names the field and, for geometry, where the problem is
 * (NaN when it has no location). Nothing was changed.
 */
public class CheckpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final double lon;
    private final double lat;

    public CheckpointException(String field, String message, double lon, double lat) {
        super(message);
        this.field = field;
        this.lon = lon;
        this.lat = lat;
    }

    public CheckpointException(String field, String message) {
        this(field, message, Double.NaN, Double.NaN);
    }

    public String field() {
        return field;
    }

    public double lon() {
        return lon;
    }

    public double lat() {
        return lat;
    }
}
