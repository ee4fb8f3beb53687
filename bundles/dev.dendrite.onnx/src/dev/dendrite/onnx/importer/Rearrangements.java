package dev.dendrite.onnx.importer;

import java.util.Arrays;

import dev.dendrite.onnx.importer.NodeInterpreter.Refused;
import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/** Operators that move values without computing new ones (and Trilu, Range), for {@link NodeInterpreter}. */
final class Rearrangements {

    private Rearrangements() {
    }

    static Value gather(Value data, Value indices, int axisAttr) throws Refused {
        int axis = NodeInterpreter.axis(axisAttr, data.rank());
        int[] out = new int[data.rank() - 1 + indices.rank()];
        System.arraycopy(data.dims(), 0, out, 0, axis);
        System.arraycopy(indices.dims(), 0, out, axis, indices.rank());
        System.arraycopy(data.dims(), axis + 1, out, axis + indices.rank(), data.rank() - axis - 1);
        int outer = NodeInterpreter.count(Arrays.copyOf(data.dims(), axis));
        int inner = NodeInterpreter.count(Arrays.copyOfRange(data.dims(), axis + 1, data.rank()));
        int extent = data.dims()[axis];
        double[] d = new double[outer * indices.size() * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < indices.size(); i++) {
                int index = (int) indices.data()[i];
                index = index < 0 ? index + extent : index;
                if (index < 0 || index >= extent) {
                    throw new Refused("index " + indices.data()[i] + " outside " + extent);
                }
                System.arraycopy(data.data(), (o * extent + index) * inner, d, (o * indices.size() + i) * inner, inner);
            }
        }
        return new Value(out, d, data.integer());
    }

    static Value unsqueeze(Value a, long[] axes) throws Refused {
        int rank = a.rank() + axes.length;
        boolean[] added = new boolean[rank];
        for (long axis : axes) {
            added[NodeInterpreter.axis(axis, rank)] = true;
        }
        int[] dims = new int[rank];
        for (int i = 0, j = 0; i < rank; i++) {
            dims[i] = added[i] ? 1 : a.dims()[j++];
        }
        return new Value(dims, a.data(), a.integer());
    }

    static Value squeeze(Value a, long[] axes) throws Refused {
        boolean[] removed = new boolean[a.rank()];
        for (int i = 0; i < a.rank(); i++) {
            removed[i] = axes.length == 0 && a.dims()[i] == 1;
        }
        for (long axis : axes) {
            int i = NodeInterpreter.axis(axis, a.rank());
            if (a.dims()[i] != 1) {
                throw new Refused("squeeze of a dim of " + a.dims()[i]);
            }
            removed[i] = true;
        }
        int[] dims = java.util.stream.IntStream.range(0, a.rank()).filter(i -> !removed[i]).map(i -> a.dims()[i]).toArray();
        return new Value(dims, a.data(), a.integer());
    }

    static Value reshape(Value a, Value shape, boolean allowZero) throws Refused {
        long[] target = NodeInterpreter.ints(shape);
        int[] dims = new int[target.length];
        int unknown = -1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == 0 && !allowZero) {
                if (i >= a.rank()) {
                    throw new Refused("reshape copies a dim that is not there");
                }
                dims[i] = a.dims()[i];
            } else if (target[i] == -1) {
                unknown = i;
                dims[i] = 1;
            } else {
                dims[i] = (int) target[i];
            }
        }
        if (unknown >= 0) {
            int known = NodeInterpreter.count(dims);
            if (known == 0 || a.size() % known != 0) {
                throw new Refused("reshape of " + a.size() + " values");
            }
            dims[unknown] = a.size() / known;
        }
        if (NodeInterpreter.count(dims) != a.size()) {
            throw new Refused("reshape of " + a.size() + " values to " + Arrays.toString(dims));
        }
        return new Value(dims, a.data(), a.integer());
    }

    static Value transpose(Value a, long[] permAttr) throws Refused {
        int rank = a.rank();
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = permAttr.length == 0 ? rank - 1 - i : (int) permAttr[i];
        }
        if (permAttr.length != 0 && permAttr.length != rank) {
            throw new Refused("a permutation of rank " + permAttr.length + " for rank " + rank);
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = a.dims()[perm[i]];
        }
        int[] from = NodeInterpreter.strides(a.dims());
        double[] d = new double[a.size()];
        int[] index = new int[rank];
        for (int out = 0; out < d.length; out++) {
            int source = 0;
            for (int i = 0; i < rank; i++) {
                source += index[i] * from[perm[i]];
            }
            d[out] = a.data()[source];
            for (int i = rank - 1; i >= 0 && ++index[i] == dims[i]; i--) {
                index[i] = 0;
            }
        }
        return new Value(dims, d, a.integer());
    }

    /** The box [starts, ends) of a tensor. */
    static Value box(Value a, long[] starts, long[] ends) {
        int rank = a.rank();
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = (int) (ends[i] - starts[i]);
        }
        int[] from = NodeInterpreter.strides(a.dims());
        double[] d = new double[NodeInterpreter.count(dims)];
        int[] index = new int[rank];
        for (int out = 0; out < d.length; out++) {
            int source = 0;
            for (int i = 0; i < rank; i++) {
                source += (int) (starts[i] + index[i]) * from[i];
            }
            d[out] = a.data()[source];
            for (int i = rank - 1; i >= 0 && ++index[i] == dims[i]; i--) {
                index[i] = 0;
            }
        }
        return new Value(dims, d, a.integer());
    }

    static Value trilu(Value a, Value k, boolean upper) throws Refused {
        if (a.rank() < 2) {
            throw new Refused("Trilu of rank " + a.rank());
        }
        long offset = k == null ? 0 : (long) k.data()[0];
        int rows = a.dims()[a.rank() - 2];
        int cols = a.dims()[a.rank() - 1];
        double[] d = a.data().clone();
        for (int i = 0; i < d.length; i++) {
            int r = i / cols % rows;
            int c = i % cols;
            boolean keep = upper ? c - r >= offset : c - r <= offset;
            if (!keep) {
                d[i] = 0;
            }
        }
        return new Value(a.dims(), d, a.integer());
    }

    static Value range(Value start, Value limit, Value delta) throws Refused {
        double from = start.data()[0];
        double step = delta.data()[0];
        int n = (int) Math.max(0, Math.ceil((limit.data()[0] - from) / step));
        if (n > NodeInterpreter.MAX_ELEMENTS) {
            throw new Refused("a range too long to check");
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = from + i * step;
        }
        return new Value(new int[] {n}, d, start.integer());
    }
}
