package dev.dendrite.analysis.quantization;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

import com.google.protobuf.ByteString;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.TensorReader;

/** A graph's initializers by name, read as floats, and the integer tensors quantization writes. */
final class Initializers {

    private Initializers() {
    }

    static Map<String, TensorProto> byName(GraphProto graph) {
        Map<String, TensorProto> map = new HashMap<>();
        graph.getInitializerList().forEach(t -> map.put(t.getName(), t));
        return map;
    }

    /** A float initializer's values, or null where it is none (another type, or not an initializer). */
    static FloatTensor floats(Map<String, TensorProto> initializers, String name) {
        TensorProto tensor = initializers.get(name);
        if (tensor == null || tensor.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
            return null;
        }
        try {
            return TensorReader.floats(tensor, "the model");
        } catch (OnnxFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static TensorProto int8(String name, long[] shape, byte[] values) {
        return raw(name, TensorProto.DataType.INT8_VALUE, shape, values);
    }

    static TensorProto uint8(String name, long[] shape, byte[] values) {
        return raw(name, TensorProto.DataType.UINT8_VALUE, shape, values);
    }

    static TensorProto int32(String name, long[] shape, int[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(values);
        return raw(name, TensorProto.DataType.INT32_VALUE, shape, bytes.array());
    }

    private static TensorProto raw(String name, int type, long[] shape, byte[] bytes) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(type).setRawData(ByteString.copyFrom(bytes));
        for (long dim : shape) {
            tensor.addDims(dim);
        }
        return tensor.build();
    }
}
