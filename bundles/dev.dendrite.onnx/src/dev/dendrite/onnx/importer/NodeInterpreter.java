package dev.dendrite.onnx.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * Runs a handful of nodes on small concrete tensors, in double precision, so a pattern can check
 * that the layer it would put in their place computes what they compute. Covers the operators
 * exporters spell attention with (shape arithmetic, layout, MatMul, Gemm, Softmax, masks); any
 * other operator, or an input it cannot read, ends the run with {@link Refused}.
 */
final class NodeInterpreter {

    /** A tensor: dims, values row-major, and whether its element type is an integer type. */
    record Value(int[] dims, double[] data, boolean integer) {
        int size() {
            return data.length;
        }

        int rank() {
            return dims.length;
        }
    }

    /** The nodes cannot be run here (an operator or an input this interpreter does not know). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_ELEMENTS = 1 << 22;

    private final ImportState s;
    private final Map<String, Value> values = new HashMap<>();

    NodeInterpreter(ImportState s) {
        this.s = s;
    }

    void set(String tensor, Value value) {
        values.put(tensor, value);
    }

    Value get(String tensor) throws Refused {
        Value value = values.get(tensor);
        if (value == null) {
            value = constant(tensor);
            values.put(tensor, value);
        }
        return value;
    }

    /** Runs the nodes in order (topological). */
    void run(List<NodeProto> nodes) throws Refused {
        for (NodeProto node : nodes) {
            if (node.getOpType().equals("Split")) {
                split(node);
                continue;
            }
            if (node.getOutputCount() != 1) {
                throw new Refused(node.getOpType() + " with several outputs");
            }
            Value out = node(node);
            if (out.size() > MAX_ELEMENTS) {
                throw new Refused("a tensor too large to check");
            }
            values.put(node.getOutput(0), out);
        }
    }

    private Value constant(String tensor) throws Refused {
        TensorProto t = s.constants.get(tensor);
        if (t == null) {
            throw new Refused("no value for '" + tensor + "'");
        }
        try {
            int[] dims = t.getDimsList().stream().mapToInt(Long::intValue).toArray();
            return switch (t.getDataType()) {
                case TensorProto.DataType.FLOAT_VALUE -> {
                    float[] f = s.floats(t).values();
                    double[] d = new double[f.length];
                    for (int i = 0; i < f.length; i++) {
                        d[i] = f[i];
                    }
                    yield new Value(dims, d, false);
                }
                case TensorProto.DataType.INT64_VALUE -> new Value(dims, Arrays.stream(s.longs(t)).asDoubleStream().toArray(), true);
                case TensorProto.DataType.INT32_VALUE, TensorProto.DataType.BOOL_VALUE -> t.getRawData().isEmpty()
                        ? new Value(dims, t.getInt32DataList().stream().mapToDouble(Integer::doubleValue).toArray(), true)
                        : raw(t, dims);
                default -> throw new Refused("a constant of type " + t.getDataType());
            };
        } catch (OnnxFormatException e) {
            throw new Refused(e.getMessage());
        }
    }

    private static Value raw(TensorProto t, int[] dims) {
        byte[] bytes = t.getRawData().toByteArray();
        boolean bool = t.getDataType() == TensorProto.DataType.BOOL_VALUE;
        double[] d = new double[bool ? bytes.length : bytes.length / 4];
        var buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < d.length; i++) {
            d[i] = bool ? bytes[i] : buffer.getInt(4 * i);
        }
        return new Value(dims, d, true);
    }

    private Value input(NodeProto node, int i) throws Refused {
        return i < node.getInputCount() && !node.getInput(i).isEmpty() ? get(node.getInput(i)) : null;
    }

    private Value node(NodeProto n) throws Refused {
        Value a = input(n, 0);
        return switch (n.getOpType()) {
            case "Identity" -> a;
            case "Cast" -> cast(a, ImportState.intAttribute(n, "to", TensorProto.DataType.FLOAT_VALUE));
            case "Shape" -> shape(a, n);
            case "Gather" -> gather(a, input(n, 1), (int) ImportState.intAttribute(n, "axis", 0));
            case "Unsqueeze" -> unsqueeze(a, axes(n));
            case "Squeeze" -> squeeze(a, axes(n));
            case "Concat" -> concat(n);
            case "Reshape" -> reshape(a, input(n, 1), ImportState.intAttribute(n, "allowzero", 0) != 0);
            case "Transpose" -> transpose(a, ImportState.intsAttribute(n, "perm"));
            case "Slice" -> slice(a, n);
            case "Expand" -> Broadcast.binary(a, shapeValue(input(n, 1)), (x, y) -> x);
            case "ConstantOfShape" -> constantOfShape(a, n);
            case "Trilu" -> trilu(a, input(n, 1), ImportState.intAttribute(n, "upper", 1) != 0);
            case "Range" -> range(a, input(n, 1), input(n, 2));
            case "Add" -> Broadcast.binary(a, input(n, 1), Double::sum);
            case "Sub" -> Broadcast.binary(a, input(n, 1), (x, y) -> x - y);
            case "Mul" -> Broadcast.binary(a, input(n, 1), (x, y) -> x * y);
            case "Div" -> Broadcast.binary(a, input(n, 1), a.integer() ? (x, y) -> (double) ((long) x / (long) y) : (x, y) -> x / y);
            case "Mod" -> Broadcast.binary(a, input(n, 1), ImportState.intAttribute(n, "fmod", 0) != 0 ? (x, y) -> x % y
                    : (x, y) -> x - y * Math.floor(x / y));
            case "Pow" -> Broadcast.binary(a, input(n, 1), Math::pow);
            case "Equal" -> Broadcast.binary(a, input(n, 1), (x, y) -> x == y ? 1 : 0);
            case "Less" -> Broadcast.binary(a, input(n, 1), (x, y) -> x < y ? 1 : 0);
            case "Greater" -> Broadcast.binary(a, input(n, 1), (x, y) -> x > y ? 1 : 0);
            case "Where" -> where(a, input(n, 1), input(n, 2));
            case "Sqrt" -> map(a, Math::sqrt);
            case "Neg" -> map(a, x -> -x);
            case "Not" -> map(a, x -> x == 0 ? 1 : 0);
            case "MatMul" -> Products.matMul(a, input(n, 1));
            case "Gemm" -> Products.gemm(a, input(n, 1), input(n, 2), n);
            case "Softmax" -> Products.softmax(a, (int) ImportState.intAttribute(n, "axis", -1));
            default -> throw new Refused("operator " + n.getOpType());
        };
    }

    /** Split into equal parts or the sizes given (attribute before opset 13, input after). */
    private void split(NodeProto n) throws Refused {
        Value a = input(n, 0);
        int axis = axis(ImportState.intAttribute(n, "axis", 0), a.rank());
        Value sizesInput = s.opset >= 13 ? input(n, 1) : null;
        long[] sizes = sizesInput != null ? ints(sizesInput) : ImportState.intsAttribute(n, "split");
        int parts = n.getOutputCount();
        if (sizes.length == 0) {
            int extent = a.dims()[axis];
            int each = (extent + parts - 1) / parts; // opset 18's num_outputs: the last part may be smaller
            sizes = new long[parts];
            for (int i = 0; i < parts; i++) {
                sizes[i] = Math.max(0, Math.min(each, extent - (long) i * each));
            }
        }
        if (sizes.length != parts || java.util.Arrays.stream(sizes).sum() != a.dims()[axis]) {
            throw new Refused("a split of " + a.dims()[axis] + " into " + java.util.Arrays.toString(sizes));
        }
        long from = 0;
        for (int i = 0; i < parts; i++) {
            long[] starts = new long[a.rank()];
            long[] ends = java.util.Arrays.stream(a.dims()).asLongStream().toArray();
            starts[axis] = from;
            ends[axis] = from + sizes[i];
            values.put(n.getOutput(i), box(a, starts, ends));
            from += sizes[i];
        }
    }

    /** The box [starts, ends) of a tensor. */
    private static Value box(Value a, long[] starts, long[] ends) {
        int rank = a.rank();
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = (int) (ends[i] - starts[i]);
        }
        int[] from = strides(a.dims());
        double[] d = new double[count(dims)];
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

    private long[] axes(NodeProto n) throws Refused {
        if (n.getInputCount() > 1 && !n.getInput(1).isEmpty()) {
            return ints(get(n.getInput(1)));
        }
        return ImportState.intsAttribute(n, "axes");
    }

    static long[] ints(Value v) {
        return Arrays.stream(v.data()).mapToLong(d -> (long) d).toArray();
    }

    private static Value map(Value a, java.util.function.DoubleUnaryOperator f) {
        return new Value(a.dims(), Arrays.stream(a.data()).map(f).toArray(), a.integer());
    }

    private static Value cast(Value a, long to) {
        boolean integer = to != TensorProto.DataType.FLOAT_VALUE && to != TensorProto.DataType.DOUBLE_VALUE
                && to != TensorProto.DataType.FLOAT16_VALUE && to != TensorProto.DataType.BFLOAT16_VALUE;
        if (!integer) {
            return new Value(a.dims(), to == TensorProto.DataType.DOUBLE_VALUE ? a.data() : Arrays.stream(a.data()).map(x -> (float) x).toArray(),
                    false);
        }
        return new Value(a.dims(), Arrays.stream(a.data()).map(x -> to == TensorProto.DataType.BOOL_VALUE ? (x != 0 ? 1 : 0) : (double) (long) x)
                .toArray(), true);
    }

    private static Value shape(Value a, NodeProto n) {
        int rank = a.rank();
        int start = (int) clampAxis(ImportState.intAttribute(n, "start", 0), rank);
        int end = (int) clampAxis(ImportState.intAttribute(n, "end", rank), rank);
        double[] d = new double[Math.max(0, end - start)];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.dims()[start + i];
        }
        return new Value(new int[] {d.length}, d, true);
    }

    private static long clampAxis(long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        return Math.max(0, Math.min(rank, a));
    }

    static int axis(long axis, int rank) throws Refused {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new Refused("axis " + axis + " of rank " + rank);
        }
        return (int) a;
    }

    static int[] strides(int[] dims) {
        int[] strides = new int[dims.length];
        int stride = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= dims[i];
        }
        return strides;
    }

    static int count(int[] dims) {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n > MAX_ELEMENTS ? MAX_ELEMENTS + 1 : (int) n;
    }

    private static Value gather(Value data, Value indices, int axisAttr) throws Refused {
        int axis = axis(axisAttr, data.rank());
        int[] out = new int[data.rank() - 1 + indices.rank()];
        System.arraycopy(data.dims(), 0, out, 0, axis);
        System.arraycopy(indices.dims(), 0, out, axis, indices.rank());
        System.arraycopy(data.dims(), axis + 1, out, axis + indices.rank(), data.rank() - axis - 1);
        int outer = count(Arrays.copyOf(data.dims(), axis));
        int inner = count(Arrays.copyOfRange(data.dims(), axis + 1, data.rank()));
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

    private static Value unsqueeze(Value a, long[] axes) throws Refused {
        int rank = a.rank() + axes.length;
        boolean[] added = new boolean[rank];
        for (long axis : axes) {
            added[axis(axis, rank)] = true;
        }
        int[] dims = new int[rank];
        for (int i = 0, j = 0; i < rank; i++) {
            dims[i] = added[i] ? 1 : a.dims()[j++];
        }
        return new Value(dims, a.data(), a.integer());
    }

    private static Value squeeze(Value a, long[] axes) throws Refused {
        boolean[] removed = new boolean[a.rank()];
        for (int i = 0; i < a.rank(); i++) {
            removed[i] = axes.length == 0 && a.dims()[i] == 1;
        }
        for (long axis : axes) {
            int i = axis(axis, a.rank());
            if (a.dims()[i] != 1) {
                throw new Refused("squeeze of a dim of " + a.dims()[i]);
            }
            removed[i] = true;
        }
        int[] dims = java.util.stream.IntStream.range(0, a.rank()).filter(i -> !removed[i]).map(i -> a.dims()[i]).toArray();
        return new Value(dims, a.data(), a.integer());
    }

    private Value concat(NodeProto n) throws Refused {
        List<Value> parts = new java.util.ArrayList<>();
        for (int i = 0; i < n.getInputCount(); i++) {
            parts.add(get(n.getInput(i)));
        }
        Value first = parts.get(0);
        int axis = axis(ImportState.intAttribute(n, "axis", 0), first.rank());
        int[] dims = first.dims().clone();
        dims[axis] = parts.stream().mapToInt(p -> p.dims()[axis]).sum();
        int outer = count(Arrays.copyOf(dims, axis));
        double[] d = new double[count(dims)];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            for (Value p : parts) {
                int block = p.size() / Math.max(1, outer);
                System.arraycopy(p.data(), o * block, d, at, block);
                at += block;
            }
        }
        return new Value(dims, d, first.integer());
    }

    private static Value reshape(Value a, Value shape, boolean allowZero) throws Refused {
        long[] target = ints(shape);
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
            int known = count(dims);
            if (known == 0 || a.size() % known != 0) {
                throw new Refused("reshape of " + a.size() + " values");
            }
            dims[unknown] = a.size() / known;
        }
        if (count(dims) != a.size()) {
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
        int[] from = strides(a.dims());
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

    private Value slice(Value a, NodeProto n) throws Refused {
        long[] starts;
        long[] ends;
        long[] axes;
        long[] steps;
        if (s.opset < 10) {
            starts = ImportState.intsAttribute(n, "starts");
            ends = ImportState.intsAttribute(n, "ends");
            axes = ImportState.intsAttribute(n, "axes");
            steps = new long[0];
        } else {
            starts = ints(input(n, 1));
            ends = ints(input(n, 2));
            Value axesValue = input(n, 3);
            Value stepsValue = input(n, 4);
            axes = axesValue == null ? new long[0] : ints(axesValue);
            steps = stepsValue == null ? new long[0] : ints(stepsValue);
        }
        int rank = a.rank();
        int[] begin = new int[rank];
        int[] step = new int[rank];
        int[] dims = a.dims().clone();
        Arrays.fill(step, 1);
        for (int i = 0; i < starts.length; i++) {
            int axis = axis(axes.length == 0 ? i : axes[i], rank);
            int extent = a.dims()[axis];
            long st = steps.length == 0 ? 1 : steps[i];
            if (st == 0) {
                throw new Refused("a slice step of 0");
            }
            long from = starts[i] < 0 ? starts[i] + extent : starts[i];
            long to = ends[i] < 0 ? ends[i] + extent : ends[i];
            if (st > 0) {
                from = Math.max(0, Math.min(extent, from));
                to = Math.max(0, Math.min(extent, to));
                dims[axis] = (int) Math.max(0, (to - from + st - 1) / st);
            } else {
                from = Math.max(-1, Math.min(extent - 1, from));
                to = Math.max(-1, Math.min(extent - 1, to));
                dims[axis] = (int) Math.max(0, (from - to - st - 1) / -st);
            }
            begin[axis] = (int) from;
            step[axis] = (int) st;
        }
        int[] from = strides(a.dims());
        double[] d = new double[count(dims)];
        int[] index = new int[rank];
        for (int out = 0; out < d.length; out++) {
            int source = 0;
            for (int i = 0; i < rank; i++) {
                source += (begin[i] + index[i] * step[i]) * from[i];
            }
            d[out] = a.data()[source];
            for (int i = rank - 1; i >= 0 && ++index[i] == dims[i]; i--) {
                index[i] = 0;
            }
        }
        return new Value(dims, d, a.integer());
    }

    /** A shape tensor as a value of zeros with those dims, so Expand can broadcast against it. */
    private static Value shapeValue(Value shape) throws Refused {
        int[] dims = Arrays.stream(ints(shape)).mapToInt(l -> (int) l).toArray();
        if (count(dims) > MAX_ELEMENTS) {
            throw new Refused("a shape too large to check");
        }
        return new Value(dims, new double[count(dims)], false);
    }

    private Value constantOfShape(Value shape, NodeProto n) throws Refused {
        Value zeros = shapeValue(shape);
        AttributeProto value = ImportState.attribute(n, "value");
        if (value == null || !value.hasT()) {
            return zeros;
        }
        String name = n.getOutput(0) + "#fill";
        s.constants.putIfAbsent(name, value.getT());
        Value fill = constant(name);
        s.constants.remove(name);
        Arrays.fill(zeros.data(), fill.data()[0]);
        return new Value(zeros.dims(), zeros.data(), fill.integer());
    }

    private static Value trilu(Value a, Value k, boolean upper) throws Refused {
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

    private static Value range(Value start, Value limit, Value delta) throws Refused {
        double from = start.data()[0];
        double step = delta.data()[0];
        int n = (int) Math.max(0, Math.ceil((limit.data()[0] - from) / step));
        if (n > MAX_ELEMENTS) {
            throw new Refused("a range too long to check");
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = from + i * step;
        }
        return new Value(new int[] {n}, d, start.integer());
    }

    private static Value where(Value condition, Value x, Value y) throws Refused {
        Value chosen = Broadcast.ternary(condition, x, y);
        return new Value(chosen.dims(), chosen.data(), x.integer());
    }
}
