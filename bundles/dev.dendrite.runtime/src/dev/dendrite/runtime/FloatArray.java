package dev.dendrite.runtime;

import java.nio.FloatBuffer;
import java.util.Arrays;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

/** A dense float32 tensor held in Java: row-major values and their shape. */
public record FloatArray(long[] shape, float[] values) {

    public FloatArray {
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dim);
        }
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " values, but " + values.length + " were given");
        }
    }

    public static FloatArray of(long[] shape, float... values) {
        return new FloatArray(shape.clone(), values.clone());
    }

    /** Copies a float tensor out of ONNX Runtime; other element types are rejected with their type named. */
    public static FloatArray of(OnnxTensor tensor) throws OrtException {
        OnnxJavaType type = tensor.getInfo().type;
        if (type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException("expected a float tensor, got " + type);
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return new FloatArray(tensor.getInfo().getShape(), values);
    }

    OnnxTensor toTensor(OrtEnvironment env) throws OrtException {
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatArray that && Arrays.equals(shape, that.shape) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FloatArray" + Arrays.toString(shape) + Arrays.toString(values);
    }
}
