package org.gridpatrol.video.detect.internal;

import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;

/**
 * Decodes a YOLO detection head into person boxes in network-input pixels. Two layouts:
 * {@link Layout#V8} {@code [1, 4 + classes, N]} (cx, cy, w, h, class scores; Ultralytics v8/v11) and
 * {@link Layout#V5} {@code [1, N, 5 + classes]} (cx, cy, w, h, objectness, class scores).
 */
final class YoloDecoder {

    enum Layout {
        /** V8 when the middle dimension is the smaller one (real heads have thousands of candidates). */
        AUTO, V8, V5
    }

    private YoloDecoder() {
    }

    /**
     * @param output the tensor's values in row-major order
     * @param shape its shape, {@code [1, a, b]} (a leading 1 may be missing)
     */
    static List<Detection> decode(float[] output, int[] shape, Layout layout, int personClass, double minScore) {
        int[] dims = shape.length == 3 && shape[0] == 1 ? new int[] {shape[1], shape[2]}
                : shape.length == 2 ? shape : null;
        if (dims == null) {
            throw new IllegalArgumentException("expected a [1, a, b] YOLO output, got " + java.util.Arrays.toString(shape));
        }
        if ((long) dims[0] * dims[1] != output.length) {
            throw new IllegalArgumentException("output has " + output.length + " values, shape says "
                    + (long) dims[0] * dims[1]);
        }
        Layout resolved = layout == Layout.AUTO ? (dims[0] < dims[1] ? Layout.V8 : Layout.V5) : layout;
        return resolved == Layout.V8 ? decodeV8(output, dims[0], dims[1], personClass, minScore)
                : decodeV5(output, dims[0], dims[1], personClass, minScore);
    }

    private static List<Detection> decodeV8(float[] out, int channels, int candidates, int personClass,
            double minScore) {
        requireClass(personClass, channels - 4, "V8", channels);
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            double score = out[(4 + personClass) * candidates + i];
            if (score >= minScore && isBestClass(out, i, candidates, 4, channels, personClass)) {
                found.add(new Detection(centred(out[i], out[candidates + i], out[2 * candidates + i],
                        out[3 * candidates + i]), score));
            }
        }
        return found;
    }

    private static List<Detection> decodeV5(float[] out, int candidates, int channels, int personClass,
            double minScore) {
        requireClass(personClass, channels - 5, "V5", channels);
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            int row = i * channels;
            double score = out[row + 4] * out[row + 5 + personClass];
            if (score >= minScore && isBestClass(out, row, 1, 5, channels, personClass)) {
                found.add(new Detection(centred(out[row], out[row + 1], out[row + 2], out[row + 3]), score));
            }
        }
        return found;
    }

    /** A box counts as a person only when no other class scores higher for it. */
    private static boolean isBestClass(float[] out, int base, int step, int firstClass, int channels, int personClass) {
        float person = out[base + (firstClass + personClass) * step];
        for (int c = firstClass; c < channels; c++) {
            if (out[base + c * step] > person) {
                return false;
            }
        }
        return true;
    }

    private static void requireClass(int personClass, int classes, String layout, int channels) {
        if (classes < 1 || personClass >= classes) {
            throw new IllegalArgumentException(layout + " output with " + channels + " channels has " + classes
                    + " classes; person class " + personClass + " is not among them");
        }
    }

    private static ImageBox centred(double cx, double cy, double w, double h) {
        return new ImageBox(cx - w / 2, cy - h / 2, w, h);
    }
}
