package org.gridpatrol.video.api;

/** A camera, zone, calibration or telemetry value cannot be used; {@link #field()} names it. */
public class VideoInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public VideoInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
