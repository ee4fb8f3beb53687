package dev.dendrite.onnx.graph;

import java.util.Arrays;

/** A dense float32 tensor held in Java: shape and row-major values. Used for weights and tests. */
public record FloatTensor(long[] shape, float[] values) {

    public FloatTensor {
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dim);
        }
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count + " values, not " + values.length);
        }
    }

    public static FloatTensor zeros(long... shape) {
        long count = 1;
        for (long dim : shape) {
            count = Math.multiplyExact(count, dim);
        }
        return new FloatTensor(shape.clone(), new float[Math.toIntExact(count)]);
    }

    public static FloatTensor filled(float value, long... shape) {
        FloatTensor tensor = zeros(shape);
        Arrays.fill(tensor.values, value);
        return tensor;
    }

    /** This tensor times {@code factor} (itself when the factor is 1). */
    public FloatTensor scaled(float factor) {
        if (factor == 1f) {
            return this;
        }
        float[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= factor;
        }
        return new FloatTensor(shape, result);
    }

    public int size() {
        return values.length;
    }

    public int rank() {
        return shape.length;
    }

    public String shapeText() {
        return Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatTensor that && Arrays.equals(shape, that.shape) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
