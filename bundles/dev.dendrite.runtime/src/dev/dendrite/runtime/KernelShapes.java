package dev.dendrite.runtime;

import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * Static shapes of the tensors a kernel can come from: graph inputs and initializers, and what
 * {@code Transpose}, {@code Slice} with constant bounds, {@code Identity} and casts make of them.
 */
final class KernelShapes {
    private final Map<String, long[]> known = new HashMap<>();
    private final Map<String, NodeProto> producers = new HashMap<>();
    private final Map<String, TensorProto> constants = new HashMap<>();
    private final Set<String> inputs = new HashSet<>();

    KernelShapes(GraphProto graph) {
        for (TensorProto t : graph.getInitializerList()) {
            constants.put(t.getName(), t);
            known.put(t.getName(), t.getDimsList().stream().mapToLong(Long::longValue).toArray());
        }
        for (ValueInfoProto in : graph.getInputList()) {
            inputs.add(in.getName());
            if (!constants.containsKey(in.getName())) {
                long[] shape = staticShape(in);
                if (shape != null) {
                    known.put(in.getName(), shape);
                }
            }
        }
        for (NodeProto n : graph.getNodeList()) {
            for (String o : n.getOutputList()) {
                producers.put(o, n);
            }
        }
    }

    /** An initializer that no feed can override (not also a graph input). */
    boolean isConstant(String name) {
        return constants.containsKey(name) && !inputs.contains(name) && !producers.containsKey(name);
    }

    long[] shape(String name) {
        return shape(name, 0);
    }

    private long[] shape(String name, int depth) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        NodeProto n = producers.get(name);
        if (n == null || depth > 8 || n.getInputCount() == 0) {
            return null;
        }
        long[] in = shape(n.getInput(0), depth + 1);
        long[] out = in == null ? null : switch (n.getOpType()) {
            case "Identity", "Cast", "CastLike" -> in;
            case "Transpose" -> transposed(in, n);
            case "Slice" -> sliced(in, n);
            default -> null;
        };
        if (out != null) {
            known.put(name, out);
        }
        return out;
    }

    private static long[] transposed(long[] in, NodeProto n) {
        long[] out = new long[in.length];
        List<Long> perm = n.getAttributeList().stream().filter(a -> a.getName().equals("perm")).findFirst()
                .map(AttributeProto::getIntsList).orElse(null);
        for (int i = 0; i < in.length; i++) {
            out[i] = in[perm == null ? in.length - 1 - i : perm.get(i).intValue()];
        }
        return out;
    }

    /** ONNX Slice's output shape for constant starts, ends, axes and steps (null when any is not constant). */
    private long[] sliced(long[] in, NodeProto n) {
        long[] starts = constantLongs(n, 1);
        long[] ends = constantLongs(n, 2);
        if (starts == null || ends == null || starts.length != ends.length) {
            return null;
        }
        long[] axes = n.getInputCount() > 3 && !n.getInput(3).isEmpty() ? constantLongs(n, 3) : range(starts.length);
        long[] steps = n.getInputCount() > 4 && !n.getInput(4).isEmpty() ? constantLongs(n, 4) : ones(starts.length);
        if (axes == null || steps == null || axes.length != starts.length || steps.length != starts.length) {
            return null;
        }
        long[] out = in.clone();
        for (int i = 0; i < axes.length; i++) {
            int axis = (int) (axes[i] < 0 ? axes[i] + in.length : axes[i]);
            if (axis < 0 || axis >= in.length || steps[i] == 0) {
                return null;
            }
            out[axis] = sliceLength(in[axis], starts[i], ends[i], steps[i]);
        }
        return out;
    }

    private static long sliceLength(long dim, long start, long end, long step) {
        long s = start < 0 ? start + dim : start;
        long e = end < 0 ? (end < -dim ? -1 : end + dim) : end;
        if (step > 0) {
            s = Math.max(0, Math.min(s, dim));
            e = Math.max(0, Math.min(e, dim));
            return Math.max(0, (e - s + step - 1) / step);
        }
        s = Math.max(-1, Math.min(s, dim - 1));
        e = Math.max(-1, Math.min(e, dim - 1));
        return Math.max(0, (s - e + (-step) - 1) / (-step));
    }

    private long[] constantLongs(NodeProto n, int input) {
        if (n.getInputCount() <= input) {
            return null;
        }
        TensorProto t = constants.get(n.getInput(input));
        if (t == null) {
            return null;
        }
        if (t.getInt64DataCount() > 0) {
            return t.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
        }
        if (t.getDataType() == TensorProto.DataType.INT64_VALUE && !t.getRawData().isEmpty()) {
            LongBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
            long[] values = new long[raw.remaining()];
            raw.get(values);
            return values;
        }
        return null;
    }

    private static long[] staticShape(ValueInfoProto v) {
        if (!v.getType().hasTensorType() || !v.getType().getTensorType().hasShape()) {
            return null;
        }
        List<TensorShapeProto.Dimension> dims = v.getType().getTensorType().getShape().getDimList();
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!dims.get(i).hasDimValue()) {
                return null;
            }
            shape[i] = dims.get(i).getDimValue();
        }
        return shape;
    }

    private static long[] range(int n) {
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static long[] ones(int n) {
        long[] r = new long[n];
        Arrays.fill(r, 1);
        return r;
    }
}
