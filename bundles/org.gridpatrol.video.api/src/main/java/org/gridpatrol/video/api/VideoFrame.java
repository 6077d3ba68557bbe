package org.gridpatrol.video.api;

import java.time.Instant;

/**
 * One decoded frame handed to detectors: packed 8-bit BGR pixels, row by row, {@code width * 3}
 * bytes per row. {@code index} counts frames from the start of the stream or file.
 */
public record VideoFrame(int width, int height, byte[] bgr, long index, Instant capturedAt) {
}
