package dev.dendrite.onnx.importer;

import java.util.Arrays;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Shape;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Evaluates at import the nodes that compute only from constants, so weights produced by
 * {@code Constant}, {@code ConstantOfShape}, {@code Identity} or {@code Transpose} become
 * parameters, and shapes computed by PyTorch's {@code view} idiom ({@code Shape → Gather →
 * Unsqueeze → Concat → Reshape}, with {@code Cast}, {@code Slice} and arithmetic) become layer
 * settings. {@code Shape} of a layer's output is known from shape inference up to the symbolic
 * batch and sequence dims, which fold as the markers {@link #BATCH} and {@link #SEQUENCE}: they
 * pass through gathers, concatenations and slices, and a Reshape reads them as "keep that dim".
 */
final class ConstantFolding {

    /** The batch dim inside a folded shape. */
    static final long BATCH = Long.MIN_VALUE / 4;
    /** The sequence dim inside a folded shape. */
    static final long SEQUENCE = BATCH + 1;

    /** A constant being folded: int64 values (possibly with markers) or float values, and its dims. */
    private record Folded(boolean integer, long[] dims, long[] ints, float[] floats) {
        int size() {
            return integer ? ints.length : floats.length;
        }

        double at(int i) {
            return integer ? ints[i] : floats[i];
        }

        boolean hasMarkers() {
            return integer && Arrays.stream(ints).anyMatch(v -> v == BATCH || v == SEQUENCE);
        }
    }

    private ConstantFolding() {
    }

    /** Folds the node when every input it reads is known; true when its output is now a constant. */
    static boolean fold(NodeProto node, ImportState s) throws OnnxFormatException {
        if (node.getOutputCount() != 1 || node.getOutput(0).isEmpty()) {
            return false;
        }
        Folded result = switch (node.getOpType()) {
            case "Constant" -> constant(node, s);
            case "Identity" -> input(node, 0, s);
            case "ConstantOfShape" -> constantOfShape(node, s);
            case "Shape" -> shape(node, s);
            case "Gather" -> gather(node, s);
            case "Unsqueeze", "Squeeze" -> squeeze(node, s);
            case "Concat" -> concat(node, s);
            case "Cast" -> cast(node, s);
            case "Slice" -> slice(node, s);
            case "Add", "Sub", "Mul", "Div" -> arithmetic(node, s);
            case "Reshape" -> reshape(node, s);
            case "Transpose" -> transpose(node, s);
            default -> null;
        };
        if (result == null) {
            return false;
        }
        s.constants.put(node.getOutput(0), proto(node.getOutput(0), result));
        s.absorbed.add(node);
        return true;
    }

    private static Folded input(NodeProto node, int i, ImportState s) throws OnnxFormatException {
        TensorProto t = s.constant(node, i);
        return t == null ? null : folded(t, s);
    }

    private static Folded folded(TensorProto t, ImportState s) throws OnnxFormatException {
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        return switch (t.getDataType()) {
            case TensorProto.DataType.FLOAT_VALUE -> new Folded(false, dims, null, s.floats(t).values());
            case TensorProto.DataType.INT64_VALUE -> new Folded(true, dims, s.longs(t), null);
            case TensorProto.DataType.INT32_VALUE -> {
                long count = TensorReader.elements(t, s.source);
                long[] values = new long[(int) count];
                if (!t.getRawData().isEmpty()) {
                    var buffer = java.nio.ByteBuffer.wrap(t.getRawData().toByteArray()).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer();
                    for (int i = 0; i < count && buffer.hasRemaining(); i++) {
                        values[i] = buffer.get();
                    }
                } else {
                    for (int i = 0; i < count && i < t.getInt32DataCount(); i++) {
                        values[i] = t.getInt32Data(i);
                    }
                }
                yield new Folded(true, dims, values, null);
            }
            default -> null;
        };
    }

    private static Folded constant(NodeProto node, ImportState s) throws OnnxFormatException {
        for (AttributeProto a : node.getAttributeList()) {
            switch (a.getName()) {
                case "value" -> {
                    return a.hasT() ? folded(a.getT(), s) : null;
                }
                case "value_float" -> {
                    return new Folded(false, new long[0], null, new float[] {a.getF()});
                }
                case "value_floats" -> {
                    float[] values = new float[a.getFloatsCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = a.getFloats(i);
                    }
                    return new Folded(false, new long[] {values.length}, null, values);
                }
                case "value_int" -> {
                    return new Folded(true, new long[0], new long[] {a.getI()}, null);
                }
                case "value_ints" -> {
                    long[] values = a.getIntsList().stream().mapToLong(Long::longValue).toArray();
                    return new Folded(true, new long[] {values.length}, values, null);
                }
                default -> {
                    // other attributes (sparse values, strings) are not folded
                }
            }
        }
        return null;
    }

    private static Folded constantOfShape(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded shape = input(node, 0, s);
        if (shape == null || !shape.integer() || shape.hasMarkers() || shape.size() > 8) {
            return null;
        }
        long count = 1;
        for (long d : shape.ints()) {
            if (d < 0 || d > (1 << 28) / Math.max(1, count)) {
                return null;
            }
            count *= d;
        }
        AttributeProto value = ImportState.attribute(node, "value");
        Folded fill = value != null && value.hasT() ? folded(value.getT(), s) : new Folded(false, new long[] {1}, null, new float[] {0});
        if (fill == null) {
            return null;
        }
        if (fill.integer()) {
            long[] ints = new long[(int) count];
            Arrays.fill(ints, fill.ints()[0]);
            return new Folded(true, shape.ints().clone(), ints, null);
        }
        float[] floats = new float[(int) count];
        Arrays.fill(floats, fill.floats()[0]);
        return new Folded(false, shape.ints().clone(), null, floats);
    }

    /** Shape of a layer's output, from shape inference; the batch and sequence dims as markers. */
    private static Folded shape(NodeProto node, ImportState s) {
        Source x = s.data(node, 0);
        if (x == null) {
            return null;
        }
        Shape shape = s.shapeOf(x);
        if (shape == null) {
            return null;
        }
        long[] dims = new long[shape.rank()];
        for (int i = 0; i < dims.length; i++) {
            Dim dim = shape.dim(i);
            if (dim.isFixed()) {
                dims[i] = dim.size();
            } else if (dim.equals(Dim.BATCH)) {
                dims[i] = BATCH;
            } else if (dim.equals(Dim.SEQUENCE)) {
                dims[i] = SEQUENCE;
            } else {
                return null;
            }
        }
        int start = (int) clampIndex(ImportState.intAttribute(node, "start", 0), dims.length);
        int end = (int) clampIndex(ImportState.intAttribute(node, "end", dims.length), dims.length);
        long[] kept = Arrays.copyOfRange(dims, start, Math.max(start, end));
        return new Folded(true, new long[] {kept.length}, kept, null);
    }

    private static long clampIndex(long index, int length) {
        long i = index < 0 ? index + length : index;
        return Math.max(0, Math.min(length, i));
    }

    /** Gather along axis 0 of a vector (the shape-arithmetic case). */
    private static Folded gather(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        Folded indices = input(node, 1, s);
        if (data == null || indices == null || !indices.integer() || data.dims().length != 1 || ImportState.intAttribute(node, "axis", 0)
                != 0) {
            return null;
        }
        int n = data.size();
        long[] ints = data.integer() ? new long[indices.size()] : null;
        float[] floats = data.integer() ? null : new float[indices.size()];
        for (int i = 0; i < indices.size(); i++) {
            long index = indices.ints()[i] < 0 ? indices.ints()[i] + n : indices.ints()[i];
            if (index < 0 || index >= n) {
                return null;
            }
            if (ints != null) {
                ints[i] = data.ints()[(int) index];
            } else {
                floats[i] = data.floats()[(int) index];
            }
        }
        return new Folded(data.integer(), indices.dims().clone(), ints, floats);
    }

    /** Unsqueeze and Squeeze only change the dims; axes as an attribute (before opset 13) or an input. */
    private static Folded squeeze(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        if (data == null) {
            return null;
        }
        long[] axes = ImportState.intsAttribute(node, "axes");
        if (node.getInputCount() > 1 && !node.getInput(1).isEmpty()) {
            Folded given = input(node, 1, s);
            if (given == null || !given.integer()) {
                return null;
            }
            axes = given.ints();
        }
        java.util.List<Long> dims = new java.util.ArrayList<>();
        for (long d : data.dims()) {
            dims.add(d);
        }
        if (node.getOpType().equals("Unsqueeze")) {
            int rank = dims.size() + axes.length;
            long[] sorted = Arrays.stream(axes).map(a -> a < 0 ? a + rank : a).sorted().toArray();
            for (long axis : sorted) {
                if (axis < 0 || axis > dims.size()) {
                    return null;
                }
                dims.add((int) axis, 1L);
            }
        } else if (axes.length == 0) {
            dims.removeIf(d -> d == 1);
        } else {
            int rank = dims.size();
            long[] sorted = Arrays.stream(axes).map(a -> a < 0 ? a + rank : a).sorted().toArray();
            for (int i = sorted.length - 1; i >= 0; i--) {
                if (sorted[i] < 0 || sorted[i] >= dims.size() || dims.get((int) sorted[i]) != 1) {
                    return null;
                }
                dims.remove((int) sorted[i]);
            }
        }
        return new Folded(data.integer(), dims.stream().mapToLong(Long::longValue).toArray(), data.ints(), data.floats());
    }

    /** Concat of vectors (shape arithmetic) or of constants along axis 0. */
    private static Folded concat(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded[] parts = new Folded[node.getInputCount()];
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = input(node, i, s);
            if (parts[i] == null || parts[i].dims().length != 1 || parts[i].integer() != parts[0].integer()) {
                return null;
            }
            total += parts[i].size();
        }
        if (parts.length == 0) {
            return null;
        }
        long[] ints = parts[0].integer() ? new long[total] : null;
        float[] floats = parts[0].integer() ? null : new float[total];
        int at = 0;
        for (Folded part : parts) {
            if (ints != null) {
                System.arraycopy(part.ints(), 0, ints, at, part.size());
            } else {
                System.arraycopy(part.floats(), 0, floats, at, part.size());
            }
            at += part.size();
        }
        return new Folded(parts[0].integer(), new long[] {total}, ints, floats);
    }

    private static Folded cast(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        long to = ImportState.intAttribute(node, "to", -1);
        if (data == null) {
            return null;
        }
        if (to == TensorProto.DataType.INT64_VALUE || to == TensorProto.DataType.INT32_VALUE) {
            if (data.integer()) {
                return data;
            }
            long[] ints = new long[data.size()];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = (long) data.floats()[i];
            }
            return new Folded(true, data.dims(), ints, null);
        }
        if (to == TensorProto.DataType.FLOAT_VALUE && !data.hasMarkers()) {
            float[] floats = new float[data.size()];
            for (int i = 0; i < floats.length; i++) {
                floats[i] = (float) data.at(i);
            }
            return new Folded(false, data.dims(), null, floats);
        }
        return null;
    }

    /** Slice of a vector; starts, ends, axes and steps as inputs (opset 10+) or attributes (before). */
    private static Folded slice(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        if (data == null || data.dims().length < 1) {
            return null;
        }
        long[] starts = ImportState.intsAttribute(node, "starts");
        long[] ends = ImportState.intsAttribute(node, "ends");
        long[] axes = ImportState.intsAttribute(node, "axes");
        long[] steps = {1};
        if (node.getInputCount() >= 3) {
            Folded[] given = new Folded[4];
            for (int i = 1; i < Math.min(5, node.getInputCount()); i++) {
                given[i - 1] = node.getInput(i).isEmpty() ? null : input(node, i, s);
                // A bound that is the batch's or the sequence's length (a marker) is no number to slice by.
                if (!node.getInput(i).isEmpty() && (given[i - 1] == null || !given[i - 1].integer() || given[i - 1].hasMarkers())) {
                    return null;
                }
            }
            starts = given[0].ints();
            ends = given[1].ints();
            axes = given[2] == null ? new long[0] : given[2].ints();
            steps = given[3] == null ? new long[] {1} : given[3].ints();
        }
        if (starts.length != 1 || ends.length != 1 || axes.length > 1 || axes.length == 1 && axes[0] != 0 && axes[0] != -data.dims().length
                || steps.length != 1 || steps[0] == 0) {
            return null;
        }
        // Along the first axis: elements of a vector, or rows (TorchScript reverses F.pad's [pairs, 2] this way).
        int n = (int) data.dims()[0];
        int perRow = n == 0 ? 0 : data.size() / n;
        long step = steps[0];
        long start = clamp(starts[0] < 0 ? starts[0] + n : starts[0], step > 0 ? 0 : -1, step > 0 ? n : n - 1);
        long end = clamp(ends[0] < 0 ? ends[0] + n : ends[0], step > 0 ? 0 : -1, step > 0 ? n : n - 1);
        java.util.List<Integer> picked = new java.util.ArrayList<>();
        for (long i = start; step > 0 ? i < end : i > end; i += step) {
            picked.add((int) i);
        }
        long[] ints = data.integer() ? new long[picked.size() * perRow] : null;
        float[] floats = data.integer() ? null : new float[picked.size() * perRow];
        for (int r = 0; r < picked.size(); r++) {
            if (data.integer()) {
                System.arraycopy(data.ints(), picked.get(r) * perRow, ints, r * perRow, perRow);
            } else {
                System.arraycopy(data.floats(), picked.get(r) * perRow, floats, r * perRow, perRow);
            }
        }
        long[] dims = data.dims().clone();
        dims[0] = picked.size();
        return new Folded(data.integer(), dims, ints, floats);
    }

    private static long clamp(long v, long low, long high) {
        return Math.max(low, Math.min(high, v));
    }

    /** Elementwise arithmetic of two constants of the same shape, or one of them a single value; markers never fold. */
    private static Folded arithmetic(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded a = input(node, 0, s);
        Folded b = input(node, 1, s);
        if (a == null || b == null || a.integer() != b.integer() || a.hasMarkers() || b.hasMarkers()) {
            return null;
        }
        boolean same = Arrays.equals(a.dims(), b.dims());
        if (!same && a.size() != 1 && b.size() != 1) {
            return null;
        }
        Folded shape = a.size() >= b.size() ? a : b;
        int n = shape.size();
        String op = node.getOpType();
        if (a.integer()) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                long x = a.ints()[a.size() == 1 ? 0 : i];
                long y = b.ints()[b.size() == 1 ? 0 : i];
                if (op.equals("Div") && y == 0) {
                    return null;
                }
                out[i] = switch (op) {
                    case "Add" -> x + y;
                    case "Sub" -> x - y;
                    case "Mul" -> x * y;
                    default -> x / y; // ONNX's integer Div truncates toward zero, as Java's does
                };
            }
            return new Folded(true, shape.dims(), out, null);
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            float x = a.floats()[a.size() == 1 ? 0 : i];
            float y = b.floats()[b.size() == 1 ? 0 : i];
            out[i] = switch (op) {
                case "Add" -> x + y;
                case "Sub" -> x - y;
                case "Mul" -> x * y;
                default -> x / y;
            };
        }
        return new Folded(false, shape.dims(), null, out);
    }

    /** Reshape of a constant (a weight stored in another layout); the shape attribute before opset 5, an input after. */
    private static Folded reshape(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        if (data == null) {
            return null;
        }
        long[] target = ImportState.intsAttribute(node, "shape");
        if (node.getInputCount() > 1) {
            Folded given = input(node, 1, s);
            if (given == null || !given.integer() || given.hasMarkers()) {
                return null;
            }
            target = given.ints().clone();
        }
        long known = 1;
        int inferred = -1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == 0 && i < data.dims().length) {
                target[i] = data.dims()[i];
            }
            if (target[i] == -1) {
                if (inferred >= 0) {
                    return null;
                }
                inferred = i;
            } else {
                known *= target[i];
            }
        }
        if (inferred >= 0) {
            if (known == 0 || data.size() % known != 0) {
                return null;
            }
            target[inferred] = data.size() / known;
        } else if (known != data.size()) {
            return null;
        }
        return new Folded(data.integer(), target, data.ints(), data.floats());
    }

    /** Transpose of a constant of any rank (weights stored transposed). */
    private static Folded transpose(NodeProto node, ImportState s) throws OnnxFormatException {
        Folded data = input(node, 0, s);
        if (data == null) {
            return null;
        }
        int rank = data.dims().length;
        long[] perm = ImportState.intsAttribute(node, "perm");
        if (perm.length == 0) {
            perm = new long[rank];
            for (int i = 0; i < rank; i++) {
                perm[i] = rank - 1 - i;
            }
        }
        if (perm.length != rank) {
            return null;
        }
        long[] outDims = new long[rank];
        for (int i = 0; i < rank; i++) {
            outDims[i] = data.dims()[(int) perm[i]];
        }
        long[] inStrides = strides(data.dims());
        int n = data.size();
        long[] ints = data.integer() ? new long[n] : null;
        float[] floats = data.integer() ? null : new float[n];
        int[] index = new int[rank];
        for (int o = 0; o < n; o++) {
            long source = 0;
            for (int i = 0; i < rank; i++) {
                source += index[i] * inStrides[(int) perm[i]];
            }
            if (ints != null) {
                ints[o] = data.ints()[(int) source];
            } else {
                floats[o] = data.floats()[(int) source];
            }
            for (int i = rank - 1; i >= 0; i--) {
                if (++index[i] < outDims[i]) {
                    break;
                }
                index[i] = 0;
            }
        }
        return new Folded(data.integer(), outDims, ints, floats);
    }

    private static long[] strides(long[] dims) {
        long[] strides = new long[dims.length];
        long stride = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= dims[i];
        }
        return strides;
    }

    private static TensorProto proto(String name, Folded value) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name);
        for (long d : value.dims()) {
            t.addDims(d);
        }
        if (value.integer()) {
            t.setDataType(TensorProto.DataType.INT64_VALUE);
            for (long v : value.ints()) {
                t.addInt64Data(v);
            }
        } else {
            t.setDataType(TensorProto.DataType.FLOAT_VALUE);
            for (float v : value.floats()) {
                t.addFloatData(v);
            }
        }
        return t.build();
    }
}
