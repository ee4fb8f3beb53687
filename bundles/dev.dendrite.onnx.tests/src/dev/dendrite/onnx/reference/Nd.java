package dev.dendrite.onnx.reference;

import java.util.Arrays;

import dev.dendrite.onnx.graph.FloatTensor;

/** A dense double tensor for the plain-Java reference computations (row-major). */
public final class Nd {

    public final long[] shape;
    public final double[] v;

    public Nd(long[] shape, double[] values) {
        this.shape = shape.clone();
        this.v = values;
        if (count(shape) != values.length) {
            throw new IllegalArgumentException(Arrays.toString(shape) + " vs " + values.length);
        }
    }

    public static Nd zeros(long... shape) {
        return new Nd(shape, new double[(int) count(shape)]);
    }

    public static Nd of(FloatTensor tensor) {
        double[] values = new double[tensor.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tensor.values()[i];
        }
        return new Nd(tensor.shape(), values);
    }

    static long count(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            count *= dim;
        }
        return count;
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int i) {
        return (int) shape[i < 0 ? shape.length + i : i];
    }

    public int size() {
        return v.length;
    }

    /** Flat index of a multi-index. */
    public int at(int... index) {
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            flat = flat * (int) shape[i] + index[i];
        }
        return flat;
    }

    public double get(int... index) {
        return v[at(index)];
    }

    public void set(double value, int... index) {
        v[at(index)] = value;
    }

    public Nd reshape(long... newShape) {
        return new Nd(newShape, v);
    }

    public Nd copy() {
        return new Nd(shape, v.clone());
    }

    @Override
    public String toString() {
        return "Nd" + Arrays.toString(shape);
    }
}
