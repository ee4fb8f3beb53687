package dev.dendrite.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;

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
        List<long[]> kernels = graph.getNodeList().stream().map(n -> qualifyingKernel(n, shapes, block)).toList();
        if (kernels.stream().allMatch(Objects::isNull)) {
            return null;
        }
        GraphProto.Builder rewritten = graph.toBuilder().clearNode();
        // One reordered copy per input tensor, however many convolutions read it (a block's body and its projection).
        Map<String, String> reorderedInputs = new HashMap<>();
        int count = 0;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (kernels.get(i) == null) {
                rewritten.addNode(graph.getNode(i));
            } else {
                addBlocked(rewritten, graph.getNode(i), kernels.get(i), block, count++, reorderedInputs);
            }
        }
        ModelProto.Builder out = model.toBuilder().setGraph(rewritten);
        if (out.getOpsetImportList().stream().noneMatch(o -> o.getDomain().equals(DOMAIN))) {
            out.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(DOMAIN).setVersion(1));
        }
        return out.build();
    }

    /**
     * Whether {@code model} has a convolution the rewrite would take with some block (channel
     * counts aside): without one, opening its session needs neither the rewrite nor the block.
     */
    public static boolean hasCandidates(ModelProto model) {
        GraphProto graph = model.getGraph();
        if (graph.getNodeList().stream().noneMatch(n -> n.getOpType().equals("Conv"))) {
            return false;
        }
        KernelShapes shapes = new KernelShapes(graph);
        return graph.getNodeList().stream().anyMatch(n -> qualifyingKernel(n, shapes, 1) != null);
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

    static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    static TensorProto longs(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE).addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }
}
