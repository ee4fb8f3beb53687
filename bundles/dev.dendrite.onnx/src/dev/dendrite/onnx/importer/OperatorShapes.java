package dev.dendrite.onnx.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * The per-sample output dims of a standard operator that has no Dendrite layer, from its inputs'
 * dims (the batch dim first, as {@link #BATCH}), its attributes and its constant inputs: what the
 * generic operator layer stores so the network's shapes stay known. Null when the operator is not
 * one of those worked out here, or when it would touch the batch dim.
 */
final class OperatorShapes {

    /** The batch dim in the shapes here. */
    static final long BATCH = -1;

    /** Operators whose output has their (first) input's shape. */
    private static final Set<String> SAME = Set.of("Abs", "Neg", "Exp", "Log", "Sqrt", "Reciprocal", "Clip", "Softplus", "Softsign",
            "HardSigmoid", "HardSwish", "Erf", "Sin", "Cos", "Tan", "Floor", "Ceil", "Round", "Sign", "PRelu", "Selu", "Celu", "ThresholdedRelu",
            "Mish", "Shrink", "LRN", "InstanceNormalization", "MeanVarianceNormalization", "LpNormalization", "Hardmax", "Relu", "Sigmoid",
            "Tanh", "LeakyRelu", "Elu", "Gelu", "Softmax", "LogSoftmax", "Dropout", "Identity", "BatchNormalization", "CumSum",
            "Cast", "IsNaN", "IsInf", "Not", "Trilu", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Asinh", "Acosh", "Atanh");
    /** Elementwise operators that broadcast their inputs. */
    private static final Set<String> BROADCAST = Set.of("Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Mean", "Sum", "Where", "Equal",
            "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And", "Or", "Xor", "Mod", "BitShift");
    private static final Set<String> REDUCE = Set.of("ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1",
            "ReduceL2", "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare", "ArgMax", "ArgMin");

    private OperatorShapes() {
    }

    /**
     * @param inputs the dims of each input (null for a missing optional one), batch first for data inputs
     * @param constants the values of constant inputs (null where an input is data or missing)
     */
    static long[] infer(NodeProto node, List<long[]> inputs, List<TensorProto> constants, ImportState s) throws OnnxFormatException {
        long[] x = inputs.isEmpty() ? null : inputs.get(0);
        if (x == null) {
            return null;
        }
        String op = node.getOpType();
        if (SAME.contains(op)) {
            return x.clone();
        }
        if (BROADCAST.contains(op)) {
            return broadcast(inputs);
        }
        if (REDUCE.contains(op)) {
            return reduce(node, x, inputs.size() > 1 ? constants.get(1) : null, s);
        }
        return switch (op) {
            case "Transpose" -> transpose(node, x);
            case "MaxPool", "AveragePool", "LpPool" -> window(node, x, x.length > 1 ? x[1] : -2, null);
            case "Conv" -> constants.size() > 1 && constants.get(1) != null ? window(node, x, constants.get(1).getDims(0), constants.get(1)) : null;
            case "ConvTranspose" -> constants.size() > 1 && constants.get(1) != null && constants.get(1).getDimsCount() == x.length
                    ? transposedWindow(node, x, constants.get(1)) : null;
            case "Gather" -> gather(node, x, constants.size() > 1 ? constants.get(1) : null);
            case "Tile" -> tile(x, constants.size() > 1 ? constants.get(1) : null, s);
            case "Pad" -> pad(node, x, constants.size() > 1 ? constants.get(1) : null, s);
            case "Upsample", "Resize" -> resize(node, x, constants, s);
            case "Expand" -> expand(x, constants.size() > 1 ? constants.get(1) : null, s);
            case "Squeeze", "Unsqueeze" -> squeeze(op, x, constants.size() > 1 ? constants.get(1) : null, s);
            case "Slice" -> slice(x, constants, s);
            case "DepthToSpace" -> {
                long b = ImportState.intAttribute(node, "blocksize", 1);
                yield x.length == 4 && x[1] % (b * b) == 0 ? new long[] {x[0], x[1] / (b * b), x[2] * b, x[3] * b} : null;
            }
            case "SpaceToDepth" -> {
                long b = ImportState.intAttribute(node, "blocksize", 1);
                yield x.length == 4 && x[2] % b == 0 && x[3] % b == 0 ? new long[] {x[0], x[1] * b * b, x[2] / b, x[3] / b} : null;
            }
            default -> null;
        };
    }

    /** Numpy-style broadcasting; the batch dim broadcasts with 1 or itself. */
    private static long[] broadcast(List<long[]> inputs) {
        int rank = inputs.stream().filter(java.util.Objects::nonNull).mapToInt(d -> d.length).max().orElse(0);
        long[] out = new long[rank];
        Arrays.fill(out, 1);
        for (long[] dims : inputs) {
            if (dims == null) {
                continue;
            }
            for (int i = 0; i < dims.length; i++) {
                int at = rank - dims.length + i;
                long d = dims[i];
                if (d == 1) {
                    continue;
                }
                if (out[at] == 1) {
                    out[at] = d;
                } else if (out[at] != d) {
                    return null;
                }
            }
        }
        return out[0] == BATCH ? out : null;
    }

    private static long[] reduce(NodeProto node, long[] x, TensorProto axesInput, ImportState s) throws OnnxFormatException {
        long[] axes = axesInput != null ? s.longs(axesInput) : ImportState.intsAttribute(node, "axes");
        if (node.getOpType().startsWith("Arg")) {
            axes = new long[] {ImportState.intAttribute(node, "axis", 0)};
        }
        boolean keep = ImportState.intAttribute(node, "keepdims", 1) != 0;
        if (axes.length == 0) {
            return null; // every axis, the batch's too
        }
        boolean[] reduced = new boolean[x.length];
        for (long axis : axes) {
            int a = (int) (axis < 0 ? axis + x.length : axis);
            if (a <= 0 || a >= x.length) {
                return null;
            }
            reduced[a] = true;
        }
        long[] out = new long[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!reduced[i]) {
                out[n++] = x[i];
            } else if (keep) {
                out[n++] = 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Convolution and pooling windows with every attribute: kernel (the attribute, or the kernel's
     * dims), strides, dilations, pads, auto_pad (VALID, SAME_UPPER, SAME_LOWER) and ceil_mode, as
     * ONNX defines them (a ceil-mode window that would start beyond the padded input is dropped).
     */
    private static long[] window(NodeProto node, long[] x, long channels, TensorProto kernel) {
        int spatial = x.length - 2;
        if (spatial < 1 || channels < 1) {
            return null;
        }
        long[] k = ImportState.intsAttribute(node, "kernel_shape");
        if (k.length == 0 && kernel != null) {
            k = kernel.getDimsList().subList(2, kernel.getDimsCount()).stream().mapToLong(Long::longValue).toArray();
        }
        long[] strides = orOnes(ImportState.intsAttribute(node, "strides"), spatial);
        long[] dilations = orOnes(ImportState.intsAttribute(node, "dilations"), spatial);
        long[] pads = ImportState.intsAttribute(node, "pads");
        if (pads.length == 0) {
            pads = new long[2 * spatial];
        }
        if (k.length != spatial || strides.length != spatial || dilations.length != spatial || pads.length != 2 * spatial) {
            return null;
        }
        String autoPad = ImportState.stringAttribute(node, "auto_pad", "NOTSET");
        boolean ceil = ImportState.intAttribute(node, "ceil_mode", 0) != 0;
        long[] out = new long[x.length];
        out[0] = x[0];
        out[1] = channels;
        for (int i = 0; i < spatial; i++) {
            long in = x[2 + i];
            long extent = (k[i] - 1) * dilations[i] + 1;
            long size = switch (autoPad) {
                case "SAME_UPPER", "SAME_LOWER" -> (in + strides[i] - 1) / strides[i];
                case "VALID" -> (in - extent) / strides[i] + 1;
                default -> {
                    long padded = in + pads[i] + pads[spatial + i] - extent;
                    long n = (ceil ? Math.floorDiv(padded + strides[i] - 1, strides[i]) : Math.floorDiv(padded, strides[i])) + 1;
                    if (ceil && (n - 1) * strides[i] >= in + pads[i]) {
                        n--;
                    }
                    yield n;
                }
            };
            if (size < 1) {
                return null;
            }
            out[2 + i] = size;
        }
        return out;
    }

    /**
     * A transposed convolution's output: C_out = the kernel's second dim × groups, and each spatial
     * size stride·(in − 1) + output padding + the kernel's extent − both pads, or in · stride for SAME,
     * or as {@code output_shape} sets it.
     */
    private static long[] transposedWindow(NodeProto node, long[] x, TensorProto kernel) {
        int spatial = x.length - 2;
        long[] k = ImportState.intsAttribute(node, "kernel_shape");
        if (k.length == 0) {
            k = kernel.getDimsList().subList(2, kernel.getDimsCount()).stream().mapToLong(Long::longValue).toArray();
        }
        long[] strides = orOnes(ImportState.intsAttribute(node, "strides"), spatial);
        long[] dilations = orOnes(ImportState.intsAttribute(node, "dilations"), spatial);
        long[] outputPadding = ImportState.intsAttribute(node, "output_padding");
        long[] outputShape = ImportState.intsAttribute(node, "output_shape");
        long[] pads = ImportState.intsAttribute(node, "pads");
        outputPadding = outputPadding.length == 0 ? new long[spatial] : outputPadding;
        pads = pads.length == 0 ? new long[2 * spatial] : pads;
        if (spatial < 1 || k.length != spatial || strides.length != spatial || dilations.length != spatial || outputPadding.length != spatial
                || pads.length != 2 * spatial || outputShape.length != 0 && outputShape.length != spatial) {
            return null;
        }
        String autoPad = ImportState.stringAttribute(node, "auto_pad", "NOTSET");
        long[] out = new long[x.length];
        out[0] = x[0];
        out[1] = kernel.getDims(1) * ImportState.intAttribute(node, "group", 1);
        for (int i = 0; i < spatial; i++) {
            long in = x[2 + i];
            if (in < 1) {
                return null;
            }
            long full = strides[i] * (in - 1) + outputPadding[i] + (k[i] - 1) * dilations[i] + 1;
            out[2 + i] = outputShape.length != 0 ? outputShape[i] : switch (autoPad) {
                case "SAME_UPPER", "SAME_LOWER" -> in * strides[i];
                case "VALID" -> full;
                default -> full - pads[i] - pads[spatial + i];
            };
            if (out[2 + i] < 1) {
                return null;
            }
        }
        return out;
    }

    /** A Gather of constant indices along an axis after the batch: that axis replaced by the indices' dims. */
    private static long[] gather(NodeProto node, long[] x, TensorProto indices) {
        long axis = ImportState.intAttribute(node, "axis", 0);
        axis = axis < 0 ? axis + x.length : axis;
        if (indices == null || axis < 1 || axis >= x.length) {
            return null;
        }
        long[] out = new long[x.length - 1 + indices.getDimsCount()];
        int o = 0;
        for (int i = 0; i < x.length; i++) {
            if (i == axis) {
                for (long d : indices.getDimsList()) {
                    out[o++] = d;
                }
            } else {
                out[o++] = x[i];
            }
        }
        return out;
    }

    private static long[] orOnes(long[] values, int n) {
        if (values.length > 0) {
            return values;
        }
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    /** Squeeze or Unsqueeze of data with constant axes (the batch axis untouched). */
    private static long[] squeeze(String op, long[] x, TensorProto axesInput, ImportState s) throws OnnxFormatException {
        if (axesInput == null) {
            return null;
        }
        long[] axes = s.longs(axesInput);
        java.util.List<Long> dims = new java.util.ArrayList<>();
        for (long d : x) {
            dims.add(d);
        }
        int rank = op.equals("Unsqueeze") ? x.length + axes.length : x.length;
        long[] sorted = Arrays.stream(axes).map(a -> a < 0 ? a + rank : a).sorted().toArray();
        if (sorted.length == 0 || sorted[0] <= 0) {
            return null;
        }
        if (op.equals("Unsqueeze")) {
            for (long axis : sorted) {
                if (axis > dims.size()) {
                    return null;
                }
                dims.add((int) axis, 1L);
            }
        } else {
            for (int i = sorted.length - 1; i >= 0; i--) {
                if (sorted[i] >= dims.size() || dims.get((int) sorted[i]) != 1) {
                    return null;
                }
                dims.remove((int) sorted[i]);
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Slice of data along non-batch axes with constant starts, ends, axes and steps. */
    private static long[] slice(long[] x, List<TensorProto> constants, ImportState s) throws OnnxFormatException {
        if (constants.size() < 3 || constants.get(1) == null || constants.get(2) == null) {
            return null;
        }
        long[] starts = s.longs(constants.get(1));
        long[] ends = s.longs(constants.get(2));
        long[] axes = constants.size() > 3 && constants.get(3) != null ? s.longs(constants.get(3)) : null;
        long[] steps = constants.size() > 4 && constants.get(4) != null ? s.longs(constants.get(4)) : null;
        long[] out = x.clone();
        for (int i = 0; i < starts.length; i++) {
            int axis = (int) (axes == null ? i : axes[i] < 0 ? axes[i] + x.length : axes[i]);
            long step = steps == null ? 1 : steps[i];
            if (axis <= 0 || axis >= x.length || step == 0) {
                return null;
            }
            long n = x[axis];
            long start = starts[i] < 0 ? starts[i] + n : starts[i];
            long end = ends[i] < 0 ? ends[i] + n : ends[i];
            start = step > 0 ? Math.max(0, Math.min(n, start)) : Math.max(-1, Math.min(n - 1, start));
            end = step > 0 ? Math.max(0, Math.min(n, end)) : Math.max(-1, Math.min(n - 1, end));
            long size = step > 0 ? Math.max(0, (end - start + step - 1) / step) : Math.max(0, (start - end - step - 1) / -step);
            if (size < 1) {
                return null;
            }
            out[axis] = size;
        }
        return out;
    }

    private static long[] transpose(NodeProto node, long[] x) {
        long[] perm = ImportState.intsAttribute(node, "perm");
        if (perm.length == 0 || perm.length != x.length || perm[0] != 0) {
            return null;
        }
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[(int) perm[i]];
        }
        return out;
    }

    private static long[] tile(long[] x, TensorProto repeats, ImportState s) throws OnnxFormatException {
        if (repeats == null) {
            return null;
        }
        long[] r = s.longs(repeats);
        if (r.length != x.length || r[0] != 1) {
            return null;
        }
        long[] out = x.clone();
        for (int i = 1; i < x.length; i++) {
            out[i] = x[i] * r[i];
        }
        return out;
    }

    /** Pads from the attribute (before opset 11) or the input: [begin..., end...]; the batch dim unpadded. */
    private static long[] pad(NodeProto node, long[] x, TensorProto padsInput, ImportState s) throws OnnxFormatException {
        long[] pads = padsInput != null ? s.longs(padsInput) : ImportState.intsAttribute(node, "pads");
        if (pads.length == 0) {
            pads = ImportState.intsAttribute(node, "paddings");
        }
        if (pads.length != 2 * x.length || pads[0] != 0 || pads[x.length] != 0) {
            return null;
        }
        long[] out = x.clone();
        for (int i = 1; i < x.length; i++) {
            out[i] = x[i] + pads[i] + pads[x.length + i];
            if (out[i] < 1) {
                return null;
            }
        }
        return out;
    }

    /** Scales from the attribute (Upsample before opset 9), the second input (Upsample) or the third (Resize); or Resize's sizes. */
    private static long[] resize(NodeProto node, long[] x, List<TensorProto> constants, ImportState s) throws OnnxFormatException {
        float[] scales = null;
        if (node.getOpType().equals("Upsample")) {
            TensorProto given = constants.size() > 1 ? constants.get(1) : null;
            if (given != null) {
                scales = s.floats(given).values();
            } else if (ImportState.attribute(node, "scales") != null) {
                var list = ImportState.attribute(node, "scales").getFloatsList();
                scales = new float[list.size()];
                for (int i = 0; i < scales.length; i++) {
                    scales[i] = list.get(i);
                }
            } else {
                // Opset 1: width_scale and height_scale on a 4-D input.
                scales = new float[] {1, 1, ImportState.floatAttribute(node, "height_scale", 0), ImportState.floatAttribute(node,
                    "width_scale", 0)};
            }
        } else {
            TensorProto sizes = constants.size() > 3 ? constants.get(3) : null;
            if (sizes != null && TensorReader.elements(sizes, s.source) > 0) {
                long[] dims = s.longs(sizes);
                if (dims.length != x.length) {
                    return null;
                }
                long[] out = dims.clone();
                out[0] = BATCH;
                return out;
            }
            TensorProto given = constants.size() > 2 ? constants.get(2) : node.getInputCount() == 2 && constants.size() > 1 ? constants.get(1)
                    : null;
            scales = given == null ? null : s.floats(given).values();
        }
        if (scales == null || scales.length != x.length || scales[0] != 1) {
            return null;
        }
        long[] out = x.clone();
        for (int i = 1; i < x.length; i++) {
            out[i] = (long) Math.floor(x[i] * scales[i]);
            if (out[i] < 1) {
                return null;
            }
        }
        return out;
    }

    private static long[] expand(long[] x, TensorProto shape, ImportState s) throws OnnxFormatException {
        if (shape == null) {
            return null;
        }
        return broadcast(java.util.Arrays.asList(x, s.longs(shape)));
    }
}
