package org.gridpatrol.video.detect.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_ELLIPSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.fillPoly;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;
import static org.bytedeco.opencv.global.opencv_video.createBackgroundSubtractorMOG2;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_video.BackgroundSubtractorMOG2;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoFrame;

/**
 * Crowd density for scenes where person boxes fail: moving foreground (MOG2 background subtraction,
 * shadows dropped) inside a zone, each pixel weighted by the camera's {@link PerspectiveModel}, summed
 * into an estimated number of people. One per camera: it learns the background from every frame it
 * is given, in order. Not thread-safe. Close it to free the native memory.
 */
public final class DensityEstimator implements AutoCloseable {

    /** MOG2 marks shadows 127 and foreground 255: keep only the latter. */
    private static final double FOREGROUND_LEVEL = 200;

    private final int width;
    private final int height;
    private final BackgroundSubtractorMOG2 subtractor;
    private final Mat opening;
    private final Mat raw = new Mat();
    private final Mat foreground = new Mat();
    private final byte[] maskBytes;
    private final byte[] zoneBytes;
    private double[] rowWeights;

    /** @param zone polygon in image pixels, or null for the whole frame */
    public DensityEstimator(int width, int height, List<ImagePoint> zone, PerspectiveModel model) {
        this.width = width;
        this.height = height;
        this.subtractor = createBackgroundSubtractorMOG2(300, 16, true);
        this.opening = getStructuringElement(MORPH_ELLIPSE, new Size(3, 3));
        this.maskBytes = new byte[width * height];
        this.zoneBytes = zoneMask(width, height, zone);
        this.rowWeights = model == null ? null : model.rowWeights(height);
    }

    /** Sets the calibration (e.g. after fitting it from detections on the frames seen so far). */
    public void calibrate(PerspectiveModel model) {
        this.rowWeights = model.rowWeights(height);
    }

    /** Learns from the frame and keeps its foreground mask for {@link #estimate()} and {@link #foregroundShare}. */
    public void apply(VideoFrame frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height() + ", estimator "
                    + width + "x" + height);
        }
        try (Mat bgr = FrameMats.toBgrMat(frame)) {
            subtractor.apply(bgr, raw);
        }
        threshold(raw, foreground, FOREGROUND_LEVEL, 255, THRESH_BINARY);
        morphologyEx(foreground, foreground, MORPH_OPEN, opening);
        foreground.data().get(maskBytes);
    }

    /** Estimated people in the zone on the last applied frame. */
    public double estimate() {
        return estimate(zoneBytes);
    }

    /** Whether a perspective model is set, so {@link #estimate} can answer. */
    public boolean calibrated() {
        return rowWeights != null;
    }

    /**
     * Estimated people inside another zone on the last applied frame, so one background model can
     * serve every zone of a camera.
     *
     * @param zone a mask from {@link #zoneMask}, non-zero inside the zone
     */
    public double estimate(byte[] zone) {
        if (zone.length != width * height) {
            throw new IllegalArgumentException("zone mask has " + zone.length + " pixels, frame " + width * height);
        }
        if (rowWeights == null) {
            throw new IllegalStateException("density estimator is not calibrated");
        }
        double people = 0;
        for (int row = 0; row < height; row++) {
            int count = 0;
            int base = row * width;
            for (int col = 0; col < width; col++) {
                if (maskBytes[base + col] != 0 && zone[base + col] != 0) {
                    count++;
                }
            }
            people += count * rowWeights[row];
        }
        return people;
    }

    /** Share of the box's pixels that are foreground on the last applied frame (for calibration). */
    public double foregroundShare(ImageBox box) {
        int x0 = Math.max(0, (int) box.x());
        int y0 = Math.max(0, (int) box.y());
        int x1 = Math.min(width, (int) Math.ceil(box.x() + box.width()));
        int y1 = Math.min(height, (int) Math.ceil(box.y() + box.height()));
        int total = 0;
        int set = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                total++;
                if (maskBytes[y * width + x] != 0) {
                    set++;
                }
            }
        }
        return total == 0 ? 0 : (double) set / total;
    }

    /** A zone polygon (image pixels) as a row-major mask, non-zero inside; null means the whole frame. */
    public static byte[] zoneMask(int width, int height, List<ImagePoint> zone) {
        byte[] bytes = new byte[width * height];
        try (Mat mask = new Mat(height, width, CV_8UC1, new Scalar(zone == null ? 255.0 : 0.0))) {
            if (zone != null) {
                fillZone(mask, zone);
            }
            mask.data().get(bytes);
        }
        return bytes;
    }

    private static void fillZone(Mat mask, List<ImagePoint> zone) {
        try (Mat points = new Mat(zone.size(), 1, org.bytedeco.opencv.global.opencv_core.CV_32SC2);
                MatVector polygons = new MatVector(1)) {
            org.bytedeco.javacpp.IntPointer data = new org.bytedeco.javacpp.IntPointer(points.data());
            for (int i = 0; i < zone.size(); i++) {
                data.put(2L * i, (int) Math.round(zone.get(i).x()));
                data.put(2L * i + 1, (int) Math.round(zone.get(i).y()));
            }
            polygons.put(0, points);
            fillPoly(mask, polygons, new Scalar(255.0));
        }
    }

    @Override
    public void close() {
        subtractor.close();
        opening.close();
        raw.close();
        foreground.close();
    }
}
