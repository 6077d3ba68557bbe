package org.gridpatrol.video.detect.internal;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;

/**
 * OpenCV HOG people detection with upscaling for small people, our own scoring and NMS. Thread-safe:
 * each call borrows one of {@code threads} HOG descriptors. Close it to free the native memory.
 */
public final class HogEngine implements PersonDetector, AutoCloseable {

    /** A person fills about 96 of the window's 128 rows: HOG boxes are trimmed to the body. */
    private static final double BODY_HEIGHT_SHARE = 0.8;
    private static final double BODY_WIDTH_SHARE = 0.55;

    private final HogSettings settings;
    private final NativePool<Hog> pool;

    public HogEngine(HogSettings settings) {
        this.settings = settings;
        this.pool = new NativePool<>(settings.threads(), Hog::new);
    }

    public HogSettings settings() {
        return settings;
    }

    @Override
    public List<Detection> detect(VideoFrame frame) {
        List<Detection> raw = pool.with(hog -> hog.detect(frame, settings));
        return BoxNms.suppress(raw, settings.nmsIou(), 0.7);
    }

    /** A logistic of the SVM margin: 0.5 at the decision boundary, rising with the margin. */
    static double score(double hogWeight) {
        return 1 / (1 + Math.exp(-2 * hogWeight));
    }

    @Override
    public void close() {
        pool.close();
    }

    /** One HOG descriptor with its reusable buffers; used by one thread at a time. */
    private static final class Hog implements AutoCloseable {
        private final HOGDescriptor descriptor = new HOGDescriptor();
        private final FloatPointer coefficients = HOGDescriptor.getDefaultPeopleDetector();
        private final Mat svm = new Mat(coefficients);

        Hog() {
            descriptor.setSVMDetector(svm);
        }

        List<Detection> detect(VideoFrame frame, HogSettings s) {
            List<Detection> found = new ArrayList<>();
            try (Mat bgr = FrameMats.toBgrMat(frame); Mat image = s.grayscale() ? new Mat() : bgr) {
                if (s.grayscale()) {
                    cvtColor(bgr, image, COLOR_BGR2GRAY);
                }
                int bandRows = (int) Math.round(frame.height() * s.farBandBottom());
                if (s.upscale() > 1.0) {
                    search(image, bandRows, s.upscale(), s, found);
                }
                if (s.upscale() == 1.0 || bandRows < frame.height()) {
                    search(image, frame.height(), 1.0, s, found);
                }
            }
            return found;
        }

        /** Searches rows [0, rows) of {@code image} enlarged by {@code factor}; boxes in frame pixels. */
        private void search(Mat image, int rows, double factor, HogSettings s, List<Detection> out) {
            try (Rect bandRect = new Rect(0, 0, image.cols(), rows);
                    Mat band = new Mat(image, bandRect);
                    Mat scaled = new Mat();
                    RectVector boxes = new RectVector();
                    DoublePointer weights = new DoublePointer();
                    Size stride = new Size(s.winStride(), s.winStride());
                    Size padding = new Size(s.padding(), s.padding())) {
                Mat input = band;
                if (factor != 1.0) {
                    resize(band, scaled, new Size((int) Math.round(band.cols() * factor),
                            (int) Math.round(band.rows() * factor)), 0, 0, INTER_LINEAR);
                    input = scaled;
                }
                descriptor.detectMultiScale(input, boxes, weights, s.hitThreshold(), stride, padding, s.scale(),
                        s.groupThreshold(), false);
                for (int i = 0; i < boxes.size(); i++) {
                    Rect r = boxes.get(i);
                    double weight = i < weights.limit() ? weights.get(i) : 0;
                    double score = score(weight);
                    if (score >= s.minScore()) {
                        out.add(new Detection(body(r.x() / factor, r.y() / factor, r.width() / factor,
                                r.height() / factor), score));
                    }
                }
            }
        }

        private static ImageBox body(double x, double y, double w, double h) {
            double bodyW = w * BODY_WIDTH_SHARE;
            double bodyH = h * BODY_HEIGHT_SHARE;
            return new ImageBox(x + (w - bodyW) / 2, y + (h - bodyH) / 2, bodyW, bodyH);
        }

        @Override
        public void close() {
            descriptor.close();
            svm.close();
            coefficients.close();
        }
    }
}
