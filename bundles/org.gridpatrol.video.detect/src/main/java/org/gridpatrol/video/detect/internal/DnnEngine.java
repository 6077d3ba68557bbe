package org.gridpatrol.video.detect.internal;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;

/**
 * Person detection with OpenCV DNN and a user-supplied ONNX YOLO model: letterbox, forward, decode,
 * NMS, map back to frame pixels. Thread-safe: each call borrows one of {@code threads} networks.
 */
public final class DnnEngine implements PersonDetector, AutoCloseable {

    /** Ultralytics pads with this grey. */
    private static final double PAD_GREY = 114;

    private final DnnSettings settings;
    private final NativePool<NetHolder> pool;

    /** Loads the model once per thread; IOException when it is missing, unreadable or not a usable ONNX graph. */
    public DnnEngine(DnnSettings settings) throws IOException {
        this.settings = settings;
        if (!Files.isRegularFile(settings.model())) {
            throw new IOException("model file " + settings.model() + " does not exist");
        }
        byte[] onnx = Files.readAllBytes(settings.model());
        try {
            this.pool = new NativePool<>(settings.threads(), () -> new NetHolder(onnx));
        } catch (RuntimeException e) {
            throw new IOException("cannot load ONNX model " + settings.model() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Detection> detect(VideoFrame frame) {
        Letterbox letterbox = Letterbox.fit(frame.width(), frame.height(), settings.inputSize());
        Output output = pool.with(net -> net.forward(frame, letterbox, settings.inputSize()));
        List<Detection> candidates = YoloDecoder.decode(output.values(), output.shape(), settings.layout(),
                settings.personClass(), settings.confidence());
        List<Detection> inFrame = new ArrayList<>(candidates.size());
        for (Detection d : BoxNms.suppress(candidates, settings.nmsIou(), 1.0)) {
            inFrame.add(new Detection(letterbox.toFrame(d.box()), d.score()));
        }
        return inFrame;
    }

    @Override
    public void close() {
        pool.close();
    }

    record Output(float[] values, int[] shape) {
    }

    private static final class NetHolder implements AutoCloseable {
        private final Net net;

        NetHolder(byte[] onnx) {
            net = readNetFromONNX(onnx);
            if (net == null || net.empty()) {
                throw new IllegalStateException("OpenCV read an empty network");
            }
        }

        Output forward(VideoFrame frame, Letterbox box, int inputSize) {
            try (Mat bgr = FrameMats.toBgrMat(frame);
                    Mat scaled = new Mat();
                    Mat padded = new Mat();
                    Scalar grey = new Scalar(PAD_GREY, PAD_GREY, PAD_GREY, 0);
                    Scalar zero = new Scalar(0.0);
                    Size scaledSize = new Size(box.scaledWidth(), box.scaledHeight());
                    Size inputDims = new Size(inputSize, inputSize)) {
                resize(bgr, scaled, scaledSize, 0, 0, INTER_LINEAR);
                copyMakeBorder(scaled, padded, box.padY(), inputSize - box.scaledHeight() - box.padY(), box.padX(),
                        inputSize - box.scaledWidth() - box.padX(), BORDER_CONSTANT, grey);
                try (Mat blob = blobFromImage(padded, 1 / 255.0, inputDims, zero, true, false, CV_32F)) {
                    net.setInput(blob);
                    try (Mat out = net.forward()) {
                        int[] shape = new int[out.dims()];
                        long total = 1;
                        for (int i = 0; i < shape.length; i++) {
                            shape[i] = out.size(i);
                            total *= shape[i];
                        }
                        float[] values = new float[(int) total];
                        try (FloatPointer data = new FloatPointer(out.data())) {
                            data.get(values);
                        }
                        return new Output(values, shape);
                    }
                }
            }
        }

        @Override
        public void close() {
            net.close();
        }
    }
}
