package org.gridpatrol.video.stream.internal.ingest;

/**
 * A stream could not be opened or read. {@link #permanent()} failures (no video stream, a codec
 * FFmpeg cannot decode) will not heal by retrying the same configuration; the others (unreachable,
 * timed out, ended, unreadable file) may.
 */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public SourceException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
        this.permanent = false;
    }

    public boolean permanent() {
        return permanent;
    }
}
