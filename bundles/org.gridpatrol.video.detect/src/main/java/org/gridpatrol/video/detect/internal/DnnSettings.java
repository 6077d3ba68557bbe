package org.gridpatrol.video.detect.internal;

import java.nio.file.Path;

/** Parameters of the ONNX YOLO detector; the constructor rejects bad values naming the field. */
public record DnnSettings(Path model, int inputSize, double confidence, double nmsIou, int personClass,
        YoloDecoder.Layout layout, int threads) {

    public DnnSettings {
        if (model == null || model.toString().isBlank()) {
            throw new IllegalArgumentException("model must name an ONNX file");
        }
        if (inputSize < 32 || inputSize > 4096 || inputSize % 32 != 0) {
            throw new IllegalArgumentException("inputSize must be a multiple of 32 in [32, 4096]");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1)");
        }
        if (!(nmsIou > 0 && nmsIou <= 1)) {
            throw new IllegalArgumentException("nmsIou must be in (0, 1]");
        }
        if (personClass < 0) {
            throw new IllegalArgumentException("personClass must be >= 0");
        }
        if (threads < 1 || threads > 16) {
            throw new IllegalArgumentException("threads must be in [1, 16]");
        }
    }
}
