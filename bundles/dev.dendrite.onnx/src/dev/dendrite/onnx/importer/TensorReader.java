package dev.dendrite.onnx.importer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Reads ONNX protobuf defensively: bounded message size and nesting, bounded tensor sizes,
 * external data not read in beforehand ({@link ExternalData}) refused with a clear message. Never allocates more than the file justifies.
 */
public final class TensorReader {

    /** Models larger than this are refused (Dendrite's own models stay far below). */
    public static final long MAX_MODEL_BYTES = 1L << 31;
    /** Tensors with more elements than this are refused before allocation. */
    public static final long MAX_TENSOR_ELEMENTS = 1L << 28;

    private TensorReader() {
    }

    public static ModelProto parseModel(byte[] bytes, String source) throws OnnxFormatException {
        if (bytes.length == 0) {
            throw new OnnxFormatException(source + " is empty");
        }
        if (bytes.length > MAX_MODEL_BYTES) {
            throw new OnnxFormatException(source + " is larger than 2 GB; Dendrite reads smaller models only");
        }
        try {
            CodedInputStream input = CodedInputStream.newInstance(bytes);
            input.setSizeLimit(bytes.length);
            input.setRecursionLimit(64);
            ModelProto model = ModelProto.parseFrom(input);
            input.checkLastTagWas(0);
            if (!model.hasGraph()) {
                throw new OnnxFormatException(source + " is not an ONNX model (no graph found in " + bytes.length + " bytes)");
            }
            return model;
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException(source + " is not a valid ONNX model (truncated or corrupt protobuf: "
                    + oneLine(e.getMessage()) + ")");
        } catch (java.io.IOException | RuntimeException e) {
            throw new OnnxFormatException(source + " cannot be parsed: " + oneLine(e.toString()));
        }
    }

    /** The element count of a tensor's dims, refusing negative or absurd sizes. */
    public static long elements(TensorProto tensor, String source) throws OnnxFormatException {
        long count = 1;
        for (long dim : tensor.getDimsList()) {
            if (dim < 0) {
                throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' has a negative dimension " + dim);
            }
            if (dim != 0 && count > MAX_TENSOR_ELEMENTS / dim) {
                throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' has dims " + tensor.getDimsList()
                        + ", more than 2^28 elements; refused");
            }
            count *= dim;
        }
        return count;
    }

    /** A float tensor's values (raw_data or float_data); other types, external data and size mismatches are errors. */
    public static FloatTensor floats(TensorProto tensor, String source) throws OnnxFormatException {
        if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL || tensor.getExternalDataCount() > 0) {
            String location = tensor.getExternalDataList().stream().filter(e -> e.getKey().equals("location"))
                    .map(e -> e.getValue()).findFirst().orElse("?");
            throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' keeps its data in an external file ('"
                    + location + "') that was not read; import the model from its file, with that file beside it");
        }
        if (tensor.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' has element type "
                    + TensorProto.DataType.forNumber(tensor.getDataType()) + "; Dendrite's weights are float32");
        }
        long count = elements(tensor, source);
        long[] shape = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        float[] values = new float[(int) count];
        if (!tensor.getRawData().isEmpty()) {
            if (tensor.getRawData().size() != count * Float.BYTES) {
                throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' declares " + count
                        + " values but holds " + tensor.getRawData().size() + " bytes");
            }
            ByteBuffer.wrap(tensor.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        } else if (tensor.getFloatDataCount() == count) {
            for (int i = 0; i < count; i++) {
                values[i] = tensor.getFloatData(i);
            }
        } else {
            throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' declares " + count + " values but holds "
                    + tensor.getFloatDataCount());
        }
        return new FloatTensor(shape, values);
    }

    /** An int64 tensor's values (shapes, axes). */
    public static long[] longs(TensorProto tensor, String source) throws OnnxFormatException {
        long count = elements(tensor, source);
        if (tensor.getDataType() != TensorProto.DataType.INT64_VALUE) {
            throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' should be int64");
        }
        long[] values = new long[(int) count];
        if (!tensor.getRawData().isEmpty()) {
            if (tensor.getRawData().size() != count * Long.BYTES) {
                throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' has the wrong number of bytes");
            }
            ByteBuffer.wrap(tensor.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values);
        } else if (tensor.getInt64DataCount() == count) {
            for (int i = 0; i < count; i++) {
                values[i] = tensor.getInt64Data(i);
            }
        } else {
            throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' declares " + count + " values but holds "
                    + tensor.getInt64DataCount());
        }
        return values;
    }

    static String oneLine(String text) {
        String line = text == null ? "no detail" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
