package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.NodeAttributes;

/**
 * "convolution-patches": a stride-1 2-D convolution with a kernel of more than nine taps on small
 * images (LeNet-5's 5×5 layers) runs in the train step as one product over the whole batch, the
 * kernel [C_out, kh·kw·C_in] times the input's patches [kh·kw·C_in, N·pixels], and its kernel
 * gradient is one product of the output gradient with the same patches
 * ({@code GradientOverrides.convolutionByPatches}). The patches come from shifted slices of the
 * input with its channels first ([C_in, N, H, W]): kw slices along the width, then kh along the
 * height of their concatenation, each copy a run of whole rows. ONNX Runtime's Conv makes each
 * sample's im2col and multiplies it alone ([C_out × taps] by [taps × pixels] per sample), and its
 * kernel gradient, a Conv over the batch, makes a second im2col; one product over the batch makes
 * better use of the GEMM. The input gradient stays the plain Conv's rule. Only the train step
 * changes; the exported model and the evaluation graph keep the Conv.
 */
final class PatchesConvolutionStep implements TrainStepStep {

    /** Kernels of more taps than this (the 3×3 and smaller kernels keep the forms tuned for them, ConvolutionRules). */
    static final int MIN_TAPS = 10;

    /**
     * The most patch values per sample (64 K floats, 256 KB): a batch's patches exist at once, and
     * on large images they leave the cache (LeNet-5's first layer has 19.6 K per sample).
     */
    static final long MAX_PATCH_VALUES_PER_SAMPLE = 1L << 16;

    /**
     * The most samples per slice of a replicated step with such convolutions: a batch's patches exist
     * at once, and at 96 samples and more they left the cache (LeNet-5 with Adam read level with the
     * Conv at 256 and 1–2% slower at 512 with the default slices of 96 and 192, and 7–25% faster
     * with slices of 32, alternated on 2026-12-02).
     */
    static final int SLICE_ROWS = 32;

    @Override
    public String name() {
        return "convolution-patches";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        GraphProto.Builder graph = ctx.graph().graph();
        Map<String, long[]> shapes = new HashMap<>(AutodiffGradients.layerOutputShapes(ctx));
        for (ValueInfoProto input : graph.getInputList()) {
            if (input.getType().hasTensorType()) {
                shapes.putIfAbsent(input.getName(), input.getType().getTensorType().getShape().getDimList().stream()
                        .mapToLong(d -> d.hasDimValue() ? d.getDimValue() : -1).toArray());
            }
        }
        // A masked kernel (lottery tickets, edge-popup) is the kernel times a mask of its shape.
        for (NodeProto node : ctx.forward) {
            long[] a = node.getOpType().equals("Mul") && node.getInputCount() == 2 ? shapes.get(node.getInput(0)) : null;
            if (a != null && Arrays.equals(a, shapes.get(node.getInput(1))) && Arrays.stream(a).allMatch(d -> d > 0)) {
                shapes.putIfAbsent(node.getOutput(0), a);
            }
        }
        Set<String> forwardNames = new java.util.HashSet<>(ctx.forward.stream().map(NodeProto::getName).toList());
        List<NodeProto> nodes = new ArrayList<>(graph.getNodeList());
        List<NodeProto> rewritten = new ArrayList<>();
        Set<String> chainNames = new java.util.HashSet<>();
        boolean changed = false;
        for (NodeProto node : nodes) {
            long[] kernel = node.getOpType().equals("Conv") && forwardNames.contains(node.getName()) ? shapes.get(node.getInput(1)) : null;
            long[] input = kernel != null ? shapes.get(node.getInput(0)) : null;
            if (kernel == null || input == null || !qualifies(node, input, kernel) || ctx.training.overrides().mentions(node.getOutput(0))) {
                rewritten.add(node);
                continue;
            }
            int before = graph.getNodeCount();
            String patches = emit(ctx.graph(), node, input, kernel);
            List<NodeProto> chain = new ArrayList<>(graph.getNodeList().subList(before, graph.getNodeCount()));
            // The chain takes the Conv's place in topological order; GraphBuilder appended it at the end.
            for (int i = graph.getNodeCount() - 1; i >= before; i--) {
                graph.removeNode(i);
            }
            chain.forEach(n -> chainNames.add(n.getName()));
            rewritten.addAll(chain);
            ctx.training.overrides().convolutionByPatches(node, patches, kernel);
            changed = true;
        }
        if (!changed) {
            return;
        }
        graph.clearNode().addAllNode(rewritten);
        ctx.sliceRows = SLICE_ROWS;
        forwardNames.addAll(chainNames);
        ctx.forward = rewritten.stream().filter(n -> forwardNames.contains(n.getName())).toList();
    }

    /** A 2-D stride-1 undilated ungrouped Conv with explicit padding, a kernel of at least {@link #MIN_TAPS} taps, known sizes and small patches. */
    static boolean qualifies(NodeProto conv, long[] input, long[] kernel) {
        if (conv.getInputCount() < 2 || kernel.length != 4 || input.length != 4 || Arrays.stream(kernel).anyMatch(d -> d <= 0)
                || input[1] <= 0 || input[2] <= 0 || input[3] <= 0 || input[1] != kernel[1]) {
            return false;
        }
        if (!NodeAttributes.s(conv, "auto_pad", "NOTSET").equals("NOTSET") || NodeAttributes.i(conv, "group", 1) != 1
                || Arrays.stream(NodeAttributes.ints(conv, "strides", 1, 1)).anyMatch(s -> s != 1)
                || Arrays.stream(NodeAttributes.ints(conv, "dilations", 1, 1)).anyMatch(d -> d != 1)) {
            return false;
        }
        long[] pads = NodeAttributes.ints(conv, "pads", 0, 0, 0, 0);
        long height = input[2] + pads[0] + pads[2] - kernel[2] + 1;
        long width = input[3] + pads[1] + pads[3] - kernel[3] + 1;
        long taps = kernel[2] * kernel[3];
        return pads.length == 4 && Arrays.stream(pads).allMatch(p -> p >= 0) && taps >= MIN_TAPS && height > 0 && width > 0
                && taps * kernel[1] * height * width <= MAX_PATCH_VALUES_PER_SAMPLE;
    }

    /**
     * Emits the Conv {@code conv} as a product of patches, its last node writing the Conv's output;
     * returns the patches, [kh·kw·C_in, N·pixels].
     */
    private static String emit(GraphBuilder g, NodeProto conv, long[] input, long[] kernel) {
        String base = conv.getName().replaceFirst("^node/", "") + "/patches";
        long channels = kernel[1];
        long[] pads = NodeAttributes.ints(conv, "pads", 0, 0, 0, 0);
        long paddedHeight = input[2] + pads[0] + pads[2];
        long paddedWidth = input[3] + pads[1] + pads[3];
        long height = paddedHeight - kernel[2] + 1;
        long width = paddedWidth - kernel[3] + 1;
        // Channels first: one input channel is a reshape, more a transpose.
        String image = channels == 1 ? g.node("Reshape", List.of(conv.getInput(0), g.longs(base + "/cnhw_shape", 1, -1, input[2], input[3])),
                base + "/cnhw") : g.node("Transpose", List.of(conv.getInput(0)), base + "/cnhw", Attr.ints("perm", 1, 0, 2, 3));
        if (Arrays.stream(pads).anyMatch(p -> p > 0)) {
            image = g.node("Pad", List.of(image, g.longs(base + "/pads", 0, 0, pads[0], pads[1], 0, 0, pads[2], pads[3])), base + "/padded");
        }
        String columns = shifted(g, image, 3, kernel[3], width, base + "/columns");
        String rows = shifted(g, columns, 2, kernel[2], height, base + "/rows");
        long taps = kernel[2] * kernel[3] * channels;
        String patches = g.node("Reshape", List.of(rows, g.longs(base + "/matrix_shape", taps, -1)), base);
        String weights = conv.getInput(1);
        if (channels > 1) {
            weights = g.node("Transpose", List.of(weights), base + "/kernel_taps", Attr.ints("perm", 0, 2, 3, 1));
        }
        weights = g.node("Reshape", List.of(weights, g.longs(base + "/kernel_shape", kernel[0], taps)), base + "/kernel_rows");
        List<String> product = new ArrayList<>(List.of(weights, patches));
        if (conv.getInputCount() > 2 && !conv.getInput(2).isEmpty()) {
            product.add(g.node("Reshape", List.of(conv.getInput(2), g.longs(base + "/bias_shape", kernel[0], 1)), base + "/bias_column"));
        }
        String output = g.node("Gemm", product, base + "/product");
        String cnhw = g.node("Reshape", List.of(output, g.longs(base + "/output_shape", kernel[0], -1, height, width)), base + "/output_cnhw");
        g.nodeWithOutputs("Transpose", List.of(cnhw), List.of(conv.getOutput(0)), Attr.ints("perm", 1, 0, 2, 3));
        return patches;
    }

    /**
     * {@code count} copies of {@code x} shifted along {@code axis}, each {@code size} long, concatenated
     * along the first axis (shift-major): a kernel of one tap along the axis needs no copy.
     */
    private static String shifted(GraphBuilder g, String x, int axis, long count, long size, String hint) {
        if (count == 1) {
            return x;
        }
        List<String> copies = new ArrayList<>();
        String axes = g.longs(hint + "/axis", axis);
        for (long k = 0; k < count; k++) {
            copies.add(g.node("Slice", List.of(x, g.longs(hint + "/start", k), g.longs(hint + "/end", k + size), axes), hint + "/" + k));
        }
        return g.node("Concat", copies, hint, Attr.i("axis", 0));
    }
}
