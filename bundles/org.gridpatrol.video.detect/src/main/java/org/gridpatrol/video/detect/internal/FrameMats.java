package org.gridpatrol.video.detect.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import org.bytedeco.opencv.opencv_core.Mat;
import org.gridpatrol.video.api.VideoFrame;

/** Copies a {@link VideoFrame}'s packed BGR bytes into an OpenCV matrix. */
final class FrameMats {

    private FrameMats() {
    }

    /**
     * A new continuous 8UC3 matrix holding the frame's pixels; the caller closes it. One bulk copy,
     * no per-pixel work: a continuous Mat has exactly the frame's row layout.
     */
    static Mat toBgrMat(VideoFrame frame) {
        int expected = frame.width() * frame.height() * 3;
        if (frame.width() <= 0 || frame.height() <= 0 || frame.bgr().length < expected) {
            throw new IllegalArgumentException("frame " + frame.index() + ": " + frame.width() + "x" + frame.height()
                    + " needs " + expected + " BGR bytes, has " + frame.bgr().length);
        }
        Mat mat = new Mat(frame.height(), frame.width(), CV_8UC3);
        mat.data().put(frame.bgr(), 0, expected);
        return mat;
    }
}
