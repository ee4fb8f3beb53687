package dev.dendrite.onnx.importer;

import java.util.function.DoubleBinaryOperator;

import dev.dendrite.onnx.importer.NodeInterpreter.Refused;
import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/** NumPy-style broadcasting of element-wise operations for {@link NodeInterpreter}. */
final class Broadcast {

    private Broadcast() {
    }

    static Value binary(Value a, Value b, DoubleBinaryOperator f) throws Refused {
        int[] dims = dims(a.dims(), b.dims());
        int[] ia = index(a.dims(), dims);
        int[] ib = index(b.dims(), dims);
        double[] d = new double[ia.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = f.applyAsDouble(a.data()[ia[i]], b.data()[ib[i]]);
        }
        return new Value(dims, d, a.integer() && b.integer());
    }

    /** {@code Where}: c ? x : y, broadcast. */
    static Value ternary(Value c, Value x, Value y) throws Refused {
        int[] dims = dims(dims(c.dims(), x.dims()), y.dims());
        int[] ic = index(c.dims(), dims);
        int[] ix = index(x.dims(), dims);
        int[] iy = index(y.dims(), dims);
        double[] d = new double[ic.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = c.data()[ic[i]] != 0 ? x.data()[ix[i]] : y.data()[iy[i]];
        }
        return new Value(dims, d, x.integer());
    }

    /** The broadcast dims of two shapes. */
    static int[] dims(int[] a, int[] b) throws Refused {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new Refused("dims " + java.util.Arrays.toString(a) + " and " + java.util.Arrays.toString(b) + " do not broadcast");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** For each element of {@code out}, the element of a tensor of dims {@code from} broadcast to it. */
    static int[] index(int[] from, int[] out) throws Refused {
        int count = NodeInterpreter.count(out);
        if (count > NodeInterpreter.MAX_ELEMENTS) {
            throw new Refused("a broadcast too large to check");
        }
        int[] strides = NodeInterpreter.strides(from);
        int offset = out.length - from.length;
        int[] result = new int[count];
        int[] index = new int[out.length];
        for (int n = 0; n < count; n++) {
            int source = 0;
            for (int i = 0; i < from.length; i++) {
                source += from[i] == 1 ? 0 : index[i + offset] * strides[i];
            }
            result[n] = source;
            for (int i = out.length - 1; i >= 0 && ++index[i] == out[i]; i--) {
                index[i] = 0;
            }
        }
        return result;
    }
}
