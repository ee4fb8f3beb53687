package dev.dendrite.onnx.graph;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;

/** Factories for ONNX node attributes. */
public final class Attr {

    private Attr() {
    }

    public static AttributeProto i(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.INT).setI(value).build();
    }

    public static AttributeProto f(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.FLOAT).setF((float) value).build();
    }

    public static AttributeProto s(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.STRING)
                .setS(com.google.protobuf.ByteString.copyFromUtf8(value)).build();
    }

    public static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder attr = AttributeProto.newBuilder().setName(name).setType(AttributeType.INTS);
        for (long value : values) {
            attr.addInts(value);
        }
        return attr.build();
    }

    /** The same value repeated for each spatial dim (kernel_shape, strides, dilations). */
    public static AttributeProto repeated(String name, long value, int times) {
        long[] values = new long[times];
        java.util.Arrays.fill(values, value);
        return ints(name, values);
    }

    /** A graph-valued attribute: the body of {@code Loop} or {@code Scan}, a branch of {@code If}. */
    public static AttributeProto graph(String name, ai.onnx.proto.OnnxMl.GraphProto body) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.GRAPH).setG(body).build();
    }

    /** A tensor-valued attribute: a {@code Constant}'s value, a {@code ConstantOfShape}'s fill. */
    public static AttributeProto tensor(String name, ai.onnx.proto.OnnxMl.TensorProto value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.TENSOR).setT(value).build();
    }
}
