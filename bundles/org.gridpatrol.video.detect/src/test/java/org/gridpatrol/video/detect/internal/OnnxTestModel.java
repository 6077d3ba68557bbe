package org.gridpatrol.video.detect.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny ONNX model by hand (protobuf wire format, no library): input {@code images}
 * [1, 3, S, S], output {@code output0} = a constant YOLO head tensor + 0 × mean(images), so OpenCV
 * must really read, wire and run the graph (ReduceMean, Mul, Reshape, Add; opset 13).
 */
final class OnnxTestModel {

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTR_INT = 2;
    private static final int ATTR_INTS = 7;

    private OnnxTestModel() {
    }

    static byte[] constantHead(int inputSize, int[] headShape, float[] head) {
        Proto graph = new Proto()
                .message(1, node("ReduceMean", new String[] {"images"}, "mean",
                        new Proto().string(1, "axes").longs(8, 1, 2, 3).varint(20, ATTR_INTS),
                        new Proto().string(1, "keepdims").varint(3, 1).varint(20, ATTR_INT)))
                .message(1, node("Mul", new String[] {"mean", "zero"}, "nothing"))
                .message(1, node("Reshape", new String[] {"nothing", "shape3"}, "nothing3"))
                .message(1, node("Add", new String[] {"head", "nothing3"}, "output0"))
                .string(2, "yolo_head_stub")
                .message(5, floatTensor("head", headShape, head))
                .message(5, floatTensor("zero", new int[] {1}, new float[] {0}))
                .message(5, longTensor("shape3", new long[] {1, 1, 1}))
                .message(11, valueInfo("images", 1, 3, inputSize, inputSize))
                .message(12, valueInfo("output0", headShape));
        return new Proto()
                .varint(1, 7) // ir_version 7 goes with opset 13
                .string(2, "gridpatrol-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13))
                .bytes();
    }

    private static Proto node(String op, String[] inputs, String output, Proto... attributes) {
        Proto node = new Proto();
        for (String input : inputs) {
            node.string(1, input);
        }
        node.string(2, output).string(3, op + "_" + output).string(4, op);
        for (Proto attribute : attributes) {
            node.message(5, attribute);
        }
        return node;
    }

    private static Proto floatTensor(String name, int[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        Proto t = new Proto();
        for (int d : dims) {
            t.varint(1, d);
        }
        return t.varint(2, FLOAT).string(8, name).raw(9, raw.array());
    }

    private static Proto longTensor(String name, long[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        return new Proto().varint(1, values.length).varint(2, INT64).string(8, name).raw(9, raw.array());
    }

    private static Proto valueInfo(String name, int... dims) {
        Proto shape = new Proto();
        for (int d : dims) {
            shape.message(1, new Proto().varint(1, d));
        }
        Proto tensorType = new Proto().varint(1, FLOAT).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    /** Protobuf wire format: varint (type 0) and length-delimited (type 2) fields are all ONNX needs here. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto longs(int field, long... values) {
            for (long v : values) {
                varint(field, v);
            }
            return this;
        }

        Proto string(int field, String value) {
            return raw(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return raw(field, message.bytes());
        }

        Proto raw(int field, byte[] value) {
            writeVarint((long) field << 3 | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
