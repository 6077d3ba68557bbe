package org.gridpatrol.video.detect.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.gridpatrol.video.api.VideoFrame;

/**
 * Decodes a video file frame by frame, in file order, into packed BGR {@link VideoFrame}s numbered
 * from 0 (the numbering FFmpeg's {@code select=eq(n,N)} uses).
 */
public final class VideoFileFrames implements AutoCloseable {

    private final FFmpegFrameGrabber grabber;
    private long nextIndex;

    public VideoFileFrames(File file) throws IOException {
        if (!file.isFile()) {
            throw new IOException("no such video file: " + file);
        }
        grabber = new FFmpegFrameGrabber(file);
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            closeQuietly();
            throw new IOException("cannot decode " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next frame, or null at the end of the file. */
    public VideoFrame next() throws IOException {
        try {
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                return null;
            }
            return new VideoFrame(frame.imageWidth, frame.imageHeight, packedBgr(frame), nextIndex++, Instant.now());
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode frame " + nextIndex + ": " + e.getMessage(), e);
        }
    }

    /** Skips forward to frame {@code index} (decoding every frame before it) and returns it, or null. */
    public VideoFrame frameAt(long index) throws IOException {
        if (index < nextIndex) {
            throw new IllegalArgumentException("frame " + index + " was already passed (at " + nextIndex + ")");
        }
        while (nextIndex < index) {
            try {
                if (grabber.grabImage() == null) {
                    return null;
                }
            } catch (FrameGrabber.Exception e) {
                throw new IOException("cannot decode frame " + nextIndex + ": " + e.getMessage(), e);
            }
            nextIndex++;
        }
        return next();
    }

    /** FFmpeg rows may be padded: copy row by row unless the stride is exactly width × 3. */
    private static byte[] packedBgr(Frame frame) {
        int rowBytes = frame.imageWidth * 3;
        byte[] out = new byte[rowBytes * frame.imageHeight];
        ByteBuffer pixels = ((ByteBuffer) frame.image[0]).duplicate();
        if (frame.imageStride == rowBytes) {
            pixels.position(0);
            pixels.get(out);
        } else {
            for (int row = 0; row < frame.imageHeight; row++) {
                pixels.position(row * frame.imageStride);
                pixels.get(out, row * rowBytes, rowBytes);
            }
        }
        return out;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // closing a decoder that failed to start can fail again; the file handle is gone either way
        }
    }
}
