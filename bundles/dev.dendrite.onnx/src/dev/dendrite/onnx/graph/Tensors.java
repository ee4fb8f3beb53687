package dev.dendrite.onnx.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.google.protobuf.ByteString;

import ai.onnx.proto.OnnxMl.TensorProto;

/** Converts between {@link FloatTensor} / int64 vectors and ONNX {@code TensorProto}s. */
public final class Tensors {

    private Tensors() {
    }

    /** A float initializer in raw little-endian form (compact and fast to parse). */
    public static TensorProto floats(String name, FloatTensor tensor) {
        ByteBuffer bytes = ByteBuffer.allocate(tensor.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(tensor.values());
        TensorProto.Builder proto = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(bytes.array()));
        for (long dim : tensor.shape()) {
            proto.addDims(dim);
        }
        return proto.build();
    }

    public static TensorProto longs(String name, long[] shape, long... values) {
        TensorProto.Builder proto = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE);
        for (long dim : shape) {
            proto.addDims(dim);
        }
        for (long value : values) {
            proto.addInt64Data(value);
        }
        return proto.build();
    }
}
