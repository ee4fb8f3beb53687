package dev.dendrite.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * Rewrites a model's convolutions whose kernels are fed or computed (a training step's) into ONNX
 * Runtime's blocked-layout CPU kernels: input reordered to NCHWc, the {@code com.microsoft.nchwc}
 * {@code Conv} on the kernel reordered in the graph by {@code Reshape} and {@code Transpose} (OIHW to
 * O/b, I/b, H, W, b(in), b(out)), the output reordered back. ONNX Runtime's own optimiser does this only
 * for constant kernels, reordering them once; a step's kernels change every run, and the blocked
 * kernels ran its 3×3 convolutions 1.5–2 times as fast with the reorders included
 * (docs/benchmarks/convolutions.md, "Blocked convolutions for fed kernels").
 *
 * <p>Applied when a CPU session is opened ({@link OnnxRuntime#open}), never to the graphs Dendrite
 * builds, saves or exports: those keep standard operators only. A convolution is rewritten when it is
 * 2-D, ungrouped, undilated, with explicit pads, its kernel's shape known from the graph (an input, or
 * {@code Transpose}, {@code Slice} with constant bounds, {@code Identity} or a cast of one) and both its
 * channel counts multiples of the block; any other keeps {@code Conv}.
 */
public final class BlockedConvolutions {

    /** The domain of ONNX Runtime's blocked-layout CPU operators. */
    public static final String DOMAIN = "com.microsoft.nchwc";

    private BlockedConvolutions() {
    }

    /**
     * {@code model} with every convolution that qualifies rewritten for blocks of {@code block}
     * channels, or null when none qualifies (or {@code block} is below 2).
     */
    public static ModelProto rewrite(ModelProto model, int block) {
        if (block < 2) {
            return null;
        }
        GraphProto graph = model.getGraph();
        KernelShapes shapes = new KernelShapes(graph);
        GraphProto.Builder rewritten = graph.toBuilder().clearNode();
        // One reordered copy per input tensor, however many convolutions read it (a block's body and its projection).
        Map<String, String> reorderedInputs = new HashMap<>();
        int count = 0;
        for (NodeProto node : graph.getNodeList()) {
            long[] kernel = qualifyingKernel(node, shapes, block);
            if (kernel == null) {
                rewritten.addNode(node);
                continue;
            }
            addBlocked(rewritten, node, kernel, block, count++, reorderedInputs);
        }
        if (count == 0) {
            return null;
        }
        ModelProto.Builder out = model.toBuilder().setGraph(rewritten);
        if (out.getOpsetImportList().stream().noneMatch(o -> o.getDomain().equals(DOMAIN))) {
            out.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(DOMAIN).setVersion(1));
        }
        return out.build();
    }

    /** How many of the model's nodes are blocked convolutions. */
    public static long count(ModelProto model) {
        return model.getGraph().getNodeList().stream().filter(n -> n.getDomain().equals(DOMAIN) && n.getOpType().equals("Conv")).count();
    }

    /** The kernel's [O, I, kH, kW] when {@code node} is a convolution this rewrite takes, else null. */
    static long[] qualifyingKernel(NodeProto node, KernelShapes shapes, int block) {
        if (!node.getOpType().equals("Conv") || !(node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx"))
                || node.getInputCount() < 2 || shapes.isConstant(node.getInput(1))) {
            return null;
        }
        long[] kernel = shapes.shape(node.getInput(1));
        if (kernel == null || kernel.length != 4 || kernel[0] % block != 0 || kernel[1] % block != 0 || kernel[0] <= 0 || kernel[1] <= 0) {
            return null;
        }
        for (AttributeProto a : node.getAttributeList()) {
            boolean plain = switch (a.getName()) {
                case "group" -> a.getI() == 1;
                case "dilations" -> a.getIntsList().stream().allMatch(d -> d == 1);
                case "auto_pad" -> a.getS().toStringUtf8().equals("NOTSET");
                case "kernel_shape" -> a.getIntsCount() == 2 && a.getInts(0) == kernel[2] && a.getInts(1) == kernel[3];
                case "pads", "strides" -> true;
                default -> false;
            };
            if (!plain) {
                return null;
            }
        }
        return kernel;
    }

    private static void addBlocked(GraphProto.Builder graph, NodeProto conv, long[] k, int b, int index, Map<String, String> reorderedInputs) {
        String p = "blocked_conv" + index + "/";
        graph.addInitializer(longs(p + "kernel_blocks", k[0] / b, b, k[1] / b, b, k[2], k[3]));
        graph.addInitializer(longs(p + "kernel_shape", k));
        graph.addNode(node("Reshape", "", p + "reshape_kernel", List.of(conv.getInput(1), p + "kernel_blocks"), p + "kernel6"));
        graph.addNode(node("Transpose", "", p + "block_kernel", List.of(p + "kernel6"), p + "kernel6_blocked")
                .addAttribute(ints("perm", 0, 2, 4, 5, 3, 1)));
        graph.addNode(node("Reshape", "", p + "flatten_kernel", List.of(p + "kernel6_blocked", p + "kernel_shape"), p + "kernel"));
        String input = reorderedInputs.get(conv.getInput(0));
        if (input == null) {
            input = p + "input";
            reorderedInputs.put(conv.getInput(0), input);
            graph.addNode(node("ReorderInput", DOMAIN, p + "reorder_input", List.of(conv.getInput(0)), input));
        }
        List<String> inputs = new ArrayList<>(List.of(input, p + "kernel"));
        if (conv.getInputCount() > 2 && !conv.getInput(2).isEmpty()) {
            inputs.add(conv.getInput(2));
        }
        NodeProto.Builder blocked = node("Conv", DOMAIN, conv.getName().isEmpty() ? p + "conv" : conv.getName(), inputs, p + "output")
                .addAttribute(ints("kernel_shape", k[2], k[3]));
        for (AttributeProto a : conv.getAttributeList()) {
            if (a.getName().equals("pads") || a.getName().equals("strides")) {
                blocked.addAttribute(a);
            }
        }
        graph.addNode(blocked);
        graph.addNode(node("ReorderOutput", DOMAIN, p + "reorder_output", List.of(p + "output"), conv.getOutput(0))
                .addAttribute(AttributeProto.newBuilder().setName("channels").setType(AttributeProto.AttributeType.INT).setI(k[0])));
    }

    private static NodeProto.Builder node(String op, String domain, String name, List<String> inputs, String output) {
        return NodeProto.newBuilder().setOpType(op).setDomain(domain).setName(name).addAllInput(inputs).addOutput(output);
    }

    private static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    private static TensorProto longs(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE).addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }

    /**
     * Static shapes of the tensors a kernel can come from: graph inputs and initializers, and what
     * {@code Transpose}, {@code Slice} with constant bounds, {@code Identity} and casts make of them.
     */
    static final class KernelShapes {
        private final Map<String, long[]> known = new HashMap<>();
        private final Map<String, NodeProto> producers = new HashMap<>();
        private final Map<String, TensorProto> constants = new HashMap<>();
        private final java.util.Set<String> inputs = new java.util.HashSet<>();

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
                java.nio.LongBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer();
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
            java.util.Arrays.fill(r, 1);
            return r;
        }
    }
}
