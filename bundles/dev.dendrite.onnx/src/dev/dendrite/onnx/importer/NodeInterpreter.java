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

    static final int MAX_ELEMENTS = 1 << 22;

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
            try {
                if (node.getOpType().equals("Split")) {
                    split(node);
                    continue;
                }
                if (node.getOutputCount() != 1 || node.getInputCount() == 0 && !node.getOpType().equals("Constant")) {
                    throw new Refused(node.getOpType() + " with " + node.getOutputCount() + " outputs and " + node.getInputCount() + " inputs");
                }
                Value out = node(node);
                if (out.size() > MAX_ELEMENTS) {
                    throw new Refused("a tensor too large to check");
                }
                values.put(node.getOutput(0), out);
            } catch (RuntimeException e) {
                // Attributes or inputs out of range in a malformed model: a node this check cannot run, not a crash.
                throw new Refused(node.getOpType() + " '" + node.getName() + "' cannot run here: " + e);
            }
        }
    }

    private Value constant(String tensor) throws Refused {
        TensorProto t = s.constants.get(tensor);
        if (t == null) {
            throw new Refused("no value for '" + tensor + "'");
        }
        return value(t);
    }

    /** A constant tensor's values (float, int64, int32 or bool). */
    private Value value(TensorProto t) throws Refused {
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
            case "Gather" -> Rearrangements.gather(a, input(n, 1), (int) ImportState.intAttribute(n, "axis", 0));
            case "Unsqueeze" -> Rearrangements.unsqueeze(a, axes(n));
            case "Squeeze" -> Rearrangements.squeeze(a, axes(n));
            case "Concat" -> concat(n);
            case "Reshape" -> Rearrangements.reshape(a, input(n, 1), ImportState.intAttribute(n, "allowzero", 0) != 0);
            case "Transpose" -> Rearrangements.transpose(a, ImportState.intsAttribute(n, "perm"));
            case "Slice" -> slice(a, n);
            case "Expand" -> Broadcast.binary(a, shapeValue(input(n, 1)), (x, y) -> x);
            case "ConstantOfShape" -> constantOfShape(a, n);
            case "Trilu" -> Rearrangements.trilu(a, input(n, 1), ImportState.intAttribute(n, "upper", 1) != 0);
            case "Range" -> Rearrangements.range(a, input(n, 1), input(n, 2));
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
            values.put(n.getOutput(i), Rearrangements.box(a, starts, ends));
            from += sizes[i];
        }
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
        Value fill = value(value.getT());
        Arrays.fill(zeros.data(), fill.data()[0]);
        return new Value(zeros.dims(), zeros.data(), fill.integer());
    }

    private static Value where(Value condition, Value x, Value y) throws Refused {
        Value chosen = Broadcast.ternary(condition, x, y);
        return new Value(chosen.dims(), chosen.data(), x.integer());
    }
}
