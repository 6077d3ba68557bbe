package org.gridpatrol.video.stream.internal.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.gridpatrol.video.api.VideoFrame;

/**
 * Reads a stream with JavaCV's FFmpeg grabber. Frames come out as BGR24 (the grabber's colour mode);
 * the converter wraps them as a {@link Mat} without copying, and only frames picked for analysis are
 * copied into a Java array. Files loop and are paced at their own frame rate, so a file camera
 * behaves like a live one.
 */
public final class FfmpegFrameSource implements FrameSource {

    private static final double FALLBACK_FILE_FPS = 25;

    private final StreamAddress address;
    private final FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final double frameRate;
    private Mat current;
    private long index = -1;
    private Instant currentAt;
    private long loopStartNanos;
    private long framesThisLoop;

    private FfmpegFrameSource(StreamAddress address, FFmpegFrameGrabber grabber) {
        this.address = address;
        this.grabber = grabber;
        double declared = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : grabber.getFrameRate();
        this.frameRate = Double.isFinite(declared) && declared > 0 && declared < 1000 ? declared : 0;
        this.loopStartNanos = System.nanoTime();
    }

    /** Opens and probes the stream; the options carry FFmpeg's own timeouts so a dead peer cannot hang us. */
    public static FfmpegFrameSource open(StreamAddress address, SourceTimeouts timeouts) throws SourceException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(address.input());
        timeouts.ffmpegOptions(address).forEach(grabber::setOption);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException failed) {
            release(grabber);
            throw classify(address, failed);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            release(grabber);
            throw new SourceException("no decodable video stream in " + address.display(), true);
        }
        return new FfmpegFrameSource(address, grabber);
    }

    @Override
    public void advance() throws SourceException {
        Frame frame = grabImage();
        if (frame == null && address.kind() == StreamAddress.Kind.FILE) {
            rewind();
            frame = grabImage();
        }
        if (frame == null) {
            throw new SourceException(address.kind() == StreamAddress.Kind.FILE
                    ? "file has no readable frames: " + address.display()
                    : "stream ended: " + address.display(), false);
        }
        current = converter.convert(frame);
        if (current == null || current.channels() != 3) {
            throw new SourceException("decoder gave no 3-channel image for " + address.display(), true);
        }
        index++;
        framesThisLoop++;
        if (address.kind() == StreamAddress.Kind.FILE) {
            paceFile();
        }
        currentAt = Instant.now();
    }

    @Override
    public VideoFrame copyCurrent() {
        int width = current.cols();
        int height = current.rows();
        int rowBytes = width * 3;
        byte[] bgr = new byte[rowBytes * height];
        ByteBuffer pixels = current.createBuffer();
        long step = current.step();
        if (step == rowBytes) {
            pixels.get(bgr);
        } else {
            for (int row = 0; row < height; row++) {
                pixels.position((int) (row * step));
                pixels.get(bgr, row * rowBytes, rowBytes);
            }
        }
        return new VideoFrame(width, height, bgr, index, currentAt);
    }

    @Override
    public double frameRate() {
        return frameRate;
    }

    @Override
    public void close() {
        converter.close();
        release(grabber);
    }

    private Frame grabImage() throws SourceException {
        try {
            return grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException failed) {
            throw new SourceException("reading " + address.display() + " failed: " + failed.getMessage(), failed);
        }
    }

    private void rewind() throws SourceException {
        try {
            grabber.setTimestamp(0);
        } catch (FrameGrabber.Exception failed) {
            throw new SourceException("cannot loop " + address.display() + ": " + failed.getMessage(), failed);
        }
        loopStartNanos = System.nanoTime();
        framesThisLoop = 0;
    }

    /** Sleeps until this frame is due, so a file plays in real time rather than as fast as it decodes. */
    private void paceFile() throws SourceException {
        double fps = frameRate > 0 ? frameRate : FALLBACK_FILE_FPS;
        long dueNanos = loopStartNanos + (long) ((framesThisLoop - 1) * 1e9 / fps);
        long waitNanos = dueNanos - System.nanoTime();
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new SourceException("stopped", false);
            }
        }
    }

    private static SourceException classify(StreamAddress address, Exception failed) {
        String message = String.valueOf(failed.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        boolean unsupported = lower.contains("unsupported") || lower.contains("codec not found")
                || lower.contains("avcodec_find_decoder");
        String reason = (unsupported ? "unsupported codec or format in " : "cannot open ") + address.display() + ": "
                + message.replace(address.input(), address.display());
        return new SourceException(reason, unsupported);
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // closing a broken stream: nothing more to do
        }
    }
}
