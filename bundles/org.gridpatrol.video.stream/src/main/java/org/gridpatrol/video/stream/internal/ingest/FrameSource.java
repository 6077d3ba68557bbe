package org.gridpatrol.video.stream.internal.ingest;

import org.gridpatrol.video.api.VideoFrame;

/**
 * A decoded video stream read by one thread. {@link #advance()} decodes the next frame without
 * copying its pixels; {@link #copyCurrent()} copies them out only for the frames that are analysed.
 */
public interface FrameSource extends AutoCloseable {

    /**
     * Decodes the next frame, blocking at most the configured read timeout (and, for files, until the
     * frame is due at the file's frame rate).
     *
     * @throws SourceException when the stream failed, timed out or ended
     */
    void advance() throws SourceException;

    /** The current frame's pixels as packed BGR, in a new array owned by the caller. */
    VideoFrame copyCurrent();

    /** Frames per second the source declares, 0 when unknown. */
    double frameRate();

    @Override
    void close();
}
