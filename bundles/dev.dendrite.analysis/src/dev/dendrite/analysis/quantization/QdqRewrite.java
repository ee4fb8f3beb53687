package dev.dendrite.analysis.quantization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.NodeAttributes;
import dev.dendrite.onnx.graph.Tensors;

/**
 * Writes a planned quantization as ONNX's QDQ form: integer weights with a DequantizeLinear that
 * gives the layer its float weight back, and a QuantizeLinear–DequantizeLinear pair after every
 * quantized activation. The graph computes what integer arithmetic computes (the rounding and
 * clipping are all in it), and ONNX Runtime fuses each layer with its pairs into an integer kernel
 * (QLinearConv, QGemm) where it has one.
 */
final class QdqRewrite {

    /** The quantized model, its integer layers and its integer activations. */
    record Quantized(ModelProto model, List<QuantizedLayer> layers, List<QuantizedTensor> tensors) {
    }

    private final GraphProto graph;
    private final QuantizationSettings settings;
    private final Set<String> names = new HashSet<>();
    private final List<TensorProto> initializers = new ArrayList<>();
    /** Each range's scale and zero point initializers, shared by the tensors that keep it. */
    private final Map<String, String[]> steps = new java.util.HashMap<>();

    private final Map<String, double[]> means;
    private final Map<String, long[]> meanShapes;

    private QdqRewrite(GraphProto graph, QuantizationSettings settings, Map<String, double[]> means, Map<String, long[]> meanShapes) {
        this.graph = graph;
        this.settings = settings;
        this.means = means;
        this.meanShapes = meanShapes;
        graph.getInitializerList().forEach(t -> names.add(t.getName()));
        graph.getInputList().forEach(t -> names.add(t.getName()));
        for (NodeProto node : graph.getNodeList()) {
            names.addAll(node.getInputList());
            names.addAll(node.getOutputList());
        }
    }

    /**
     * @param ranges each calibrated tensor's [min, max]
     * @param means with bias correction, each layer input's mean per element of a sample (a convolution's) or per feature (a dense
     *            layer's); {@code meanShapes} their shapes
     * @throws IllegalArgumentException where per-channel weights need a newer opset than the model's, or a range is missing
     */
    static Quantized rewrite(ModelProto model, QuantizationPlan plan, Map<String, float[]> ranges, Map<String, double[]> means,
            Map<String, long[]> meanShapes, QuantizationSettings settings) {
        long opset = model.getOpsetImportList().stream().filter(o -> o.getDomain().isEmpty()).mapToLong(OperatorSetIdProto::getVersion)
                .findFirst().orElse(1);
        if (opset < 13 && settings.perChannel()) {
            throw new IllegalArgumentException("per-channel weights need opset 13 or newer and the model has opset " + opset
                    + "; quantize it per tensor (--per-tensor)");
        }
        if (opset < 10) {
            throw new IllegalArgumentException("quantized models need opset 10 or newer and the model has opset " + opset);
        }
        return new QdqRewrite(model.getGraph(), settings, means, meanShapes).rewrite(model, plan, ranges);
    }

    private Quantized rewrite(ModelProto model, QuantizationPlan plan, Map<String, float[]> ranges) {
        Map<String, QuantizedTensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : plan.tensors().entrySet()) {
            if (e.getKey().equals(e.getValue())) {
                float[] range = ranges.get(e.getKey());
                if (range == null) {
                    throw new IllegalArgumentException("no calibrated range of '" + e.getKey() + "'");
                }
                tensors.put(e.getKey(), QuantizedTensor.of(e.getKey(), range[0], range[1], settings.activationLevel()));
            } else {
                tensors.put(e.getKey(), tensors.get(e.getValue()).sharedBy(e.getKey()));
            }
        }
        Set<String> fed = new HashSet<>();
        graph.getInputList().forEach(i -> fed.add(i.getName()));
        Map<String, TensorProto> floats = Initializers.byName(graph);
        Set<String> replaced = new HashSet<>();
        List<NodeProto> nodes = new ArrayList<>();
        List<QuantizedLayer> layers = new ArrayList<>();
        for (NodeProto layer : plan.layers()) {
            if (replaced.add(layer.getInput(1))) {
                NodeProto relu = plan.relus().get(layer);
                String output = relu != null ? relu.getOutput(0) : tensors.containsKey(layer.getOutput(0)) ? layer.getOutput(0) : null;
                layers.add(weights(layer, floats, tensors.get(layer.getInput(0)), relu != null, output, replaced, nodes));
            }
        }
        // A fed tensor's pair comes first and its readers read the pair's output.
        Map<String, String> renamedInputs = new LinkedHashMap<>();
        for (QuantizedTensor tensor : tensors.values()) {
            if (fed.contains(tensor.name())) {
                String dequantized = fresh(tensor.name() + "/dequantized");
                pair(tensor, tensor.name(), dequantized, nodes);
                renamedInputs.put(tensor.name(), dequantized);
            }
        }
        Set<NodeProto> removed = new HashSet<>(plan.relus().values());
        for (NodeProto node : graph.getNodeList()) {
            if (removed.contains(node)) {
                continue;
            }
            NodeProto.Builder rewritten = node.toBuilder();
            if (plan.sums().contains(node)) {
                rewritten.setOpType("Add");
            }
            for (int i = 0; i < rewritten.getInputCount(); i++) {
                rewritten.setInput(i, renamedInputs.getOrDefault(rewritten.getInput(i), rewritten.getInput(i)));
            }
            Map<QuantizedTensor, String> produced = new LinkedHashMap<>();
            NodeProto relu = plan.relus().get(node);
            if (relu != null) {
                // The ReLU goes: zero's integer is the lowest, so quantizing clips as it did.
                QuantizedTensor tensor = tensors.get(relu.getOutput(0));
                produced.put(tensor, fresh(tensor.name() + "/float"));
                rewritten.setOutput(0, produced.get(tensor));
            } else {
                for (int i = 0; i < rewritten.getOutputCount(); i++) {
                    QuantizedTensor tensor = tensors.get(rewritten.getOutput(i));
                    if (tensor != null) {
                        produced.put(tensor, fresh(tensor.name() + "/float"));
                        rewritten.setOutput(i, produced.get(tensor));
                    }
                }
            }
            nodes.add(rewritten.build());
            produced.forEach((tensor, from) -> pair(tensor, from, tensor.name(), nodes));
        }
        Set<String> gone = new HashSet<>();
        plan.relus().values().forEach(r -> gone.add(r.getInput(0)));
        GraphProto.Builder rebuilt = graph.toBuilder().clearNode().addAllNode(nodes).clearInitializer().clearValueInfo();
        graph.getValueInfoList().stream().filter(v -> !gone.contains(v.getName())).forEach(rebuilt::addValueInfo);
        graph.getInitializerList().stream().filter(t -> !replaced.contains(t.getName())).forEach(rebuilt::addInitializer);
        rebuilt.addAllInitializer(initializers);
        // The float network a Dendrite export embeds is not this model: an import reads the graph instead.
        ModelProto.Builder quantized = model.toBuilder().setGraph(rebuilt).clearMetadataProps();
        model.getMetadataPropsList().stream().filter(p -> !p.getKey().startsWith("dendrite.network")).forEach(quantized::addMetadataProps);
        quantized.addMetadataProps(StringStringEntryProto.newBuilder().setKey("dendrite.quantization").setValue(settings.describe()));
        return new Quantized(quantized.build(), layers, List.copyOf(tensors.values()));
    }

    /**
     * Quantize and dequantize {@code from} into {@code to} on the tensor's scale; below 8 bits a Clip to
     * the representable range first, since QuantizeLinear saturates at uint8's ends only.
     */
    private void pair(QuantizedTensor tensor, String from, String to, List<NodeProto> nodes) {
        String root = tensor.sharedWith() == null ? tensor.name() : tensor.sharedWith();
        String[] step = steps.computeIfAbsent(root, r -> new String[] {
                constant(r + "/scale", scalar(tensor.scale())),
                constant(r + "/zero_point", Initializers.uint8("", new long[0], new byte[] {(byte) tensor.zeroPoint()})),
                settings.activationBits() < 8 ? constant(r + "/low", scalar(-tensor.zeroPoint() * tensor.scale())) : null,
                settings.activationBits() < 8 ? constant(r + "/high", scalar((settings.activationLevel() - tensor.zeroPoint()) * tensor.scale())) : null});
        String input = from;
        if (step[2] != null) {
            input = fresh(tensor.name() + "/clipped");
            nodes.add(NodeProto.newBuilder().setOpType("Clip").setName(input).addInput(from).addInput(step[2]).addInput(step[3]).addOutput(input)
                    .build());
        }
        String quantized = fresh(tensor.name() + "/quantized");
        nodes.add(NodeProto.newBuilder().setOpType("QuantizeLinear").setName(quantized).addInput(input).addInput(step[0]).addInput(step[1])
                .addOutput(quantized).build());
        nodes.add(NodeProto.newBuilder().setOpType("DequantizeLinear").setName(fresh(tensor.name() + "/dequantize")).addInput(quantized)
                .addInput(step[0]).addInput(step[1]).addOutput(to).build());
    }

    /**
     * The layer's weight as symmetric integers (and its bias as int32 where the input is quantized), each
     * behind a DequantizeLinear that outputs the float initializer's name, so the layer reads it as before.
     */
    private QuantizedLayer weights(NodeProto layer, Map<String, TensorProto> floats, QuantizedTensor input, boolean reluFused, String output,
            Set<String> replaced, List<NodeProto> nodes) {
        String name = layer.getInput(1);
        FloatTensor weight = Initializers.floats(floats, name);
        int axis = BatchNormFolding.outputAxis(layer, weight);
        int channels = (int) weight.shape()[axis];
        long inner = 1;
        for (int d = axis + 1; d < weight.shape().length; d++) {
            inner *= weight.shape()[d];
        }
        int groups = settings.perChannel() ? channels : 1;
        float[] w = weight.values();
        float[] largest = new float[groups];
        for (int i = 0; i < w.length; i++) {
            int c = groups == 1 ? 0 : (int) (i / inner % channels);
            largest[c] = Math.max(largest[c], Math.abs(w[i]));
        }
        String layerName = layer.getName().isEmpty() ? layer.getOutput(0) : layer.getName();
        int level = settings.weightLevel(layerName);
        float[] scales = new float[groups];
        for (int c = 0; c < groups; c++) {
            scales[c] = largest[c] > 0 ? largest[c] / level : 1f;
        }
        byte[] q = new byte[w.length];
        float[] error = new float[w.length];
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < w.length; i++) {
            float s = scales[groups == 1 ? 0 : (int) (i / inner % channels)];
            int v = (int) Math.max(-level, Math.min(level, Math.rint(w[i] / s)));
            q[i] = (byte) v;
            signal += (double) w[i] * w[i];
            error[i] = v * s - w[i];
            noise += (double) error[i] * error[i];
        }
        double[] shift = settings.biasCorrection() ? outputShift(layer, weight.shape(), error, means.get(layer.getInput(0)),
                meanShapes.get(layer.getInput(0))) : null;
        long[] scaleShape = groups == 1 ? new long[0] : new long[] {groups};
        dequantized(name, Initializers.int8(fresh(name + "/quantized"), weight.shape(), q), scales,
                Initializers.int8(fresh(name + "/zero_point"), scaleShape, new byte[groups]), axis, nodes);
        replaced.add(name);
        boolean bias = layer.getInputCount() > 2 && !layer.getInput(2).isEmpty() && input != null && bias(layer.getInput(2), floats, input,
                scales, channels, shift, replaced, nodes);
        double sqnr = noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
        return new QuantizedLayer(layerName, layer.getOpType(), name, w.length, groups, Integer.bitCount(level) + 1, sqnr, reluFused, bias,
                bias && shift != null, output);
    }

    /**
     * Each output channel's mean shift ΔW·E[x] from the rounding errors {@code error} of the weights and the input's {@code mean}:
     * per feature for a Gemm; for a 2-D convolution the mean each tap reads, the input's mean per element averaged over the positions
     * the tap visits (zero padding included); null where the mean does not fit.
     */
    private static double[] outputShift(NodeProto layer, long[] shape, float[] error, double[] mean, long[] meanShape) {
        if (mean == null) {
            return null;
        }
        switch (layer.getOpType()) {
            case "Conv" -> {
                int out = (int) shape[0];
                int perGroup = (int) shape[1];
                long groups = NodeAttributes.i(layer, "group", 1);
                if (shape.length != 4 || meanShape == null || meanShape.length != 3 || meanShape[0] != perGroup * groups) {
                    return null;
                }
                double[] taps = ConvolutionTaps.means(layer, mean, meanShape, (int) shape[2], (int) shape[3]);
                int perFilter = (int) (shape[2] * shape[3]);
                double[] shift = new double[out];
                for (int o = 0; o < out; o++) {
                    int group = (int) (o / (out / groups));
                    for (int c = 0; c < perGroup; c++) {
                        int in = group * perGroup + c;
                        for (int k = 0; k < perFilter; k++) {
                            shift[o] += error[(o * perGroup + c) * perFilter + k] * taps[in * perFilter + k];
                        }
                    }
                }
                return shift;
            }
            case "Gemm" -> {
                boolean transposed = NodeAttributes.i(layer, "transB", 0) == 1;
                int outputs = (int) shape[transposed ? 0 : 1];
                int features = (int) shape[transposed ? 1 : 0];
                if (mean.length != features) {
                    return null;
                }
                double[] shift = new double[outputs];
                for (int n = 0; n < outputs; n++) {
                    for (int k = 0; k < features; k++) {
                        shift[n] += error[transposed ? n * features + k : k * outputs + n] * mean[k];
                    }
                }
                return shift;
            }
            default -> {
                return null; // a MatMul has no bias to correct
            }
        }
    }

    /** The bias as int32 on the input scale times each weight scale (zero point 0), as integer kernels add it; false where it is no float vector of the channels. */
    private boolean bias(String name, Map<String, TensorProto> floats, QuantizedTensor input, float[] weightScales, int channels,
            double[] shift, Set<String> replaced, List<NodeProto> nodes) {
        FloatTensor bias = replaced.contains(name) ? null : Initializers.floats(floats, name);
        if (bias == null || bias.shape().length != 1 || bias.values().length != channels) {
            return false;
        }
        float[] scales = new float[weightScales.length];
        int[] q = new int[channels];
        for (int c = 0; c < channels; c++) {
            float s = input.scale() * weightScales[weightScales.length == 1 ? 0 : c];
            scales[weightScales.length == 1 ? 0 : c] = s;
            double b = bias.values()[c] - (shift == null ? 0 : shift[c]);
            q[c] = (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, Math.round(b / s)));
        }
        long[] scaleShape = scales.length == 1 ? new long[0] : new long[] {scales.length};
        dequantized(name, Initializers.int32(fresh(name + "/quantized"), bias.shape(), q), scales,
                Initializers.int32(fresh(name + "/zero_point"), scaleShape, new int[scales.length]), 0, nodes);
        replaced.add(name);
        return true;
    }

    private void dequantized(String name, TensorProto integers, float[] scales, TensorProto zero, int axis, List<NodeProto> nodes) {
        initializers.add(integers);
        initializers.add(zero);
        long[] scaleShape = scales.length == 1 ? new long[0] : new long[] {scales.length};
        String scale = constant(name + "/scale", Tensors.floats("", new FloatTensor(scaleShape, scales)));
        NodeProto.Builder node = NodeProto.newBuilder().setOpType("DequantizeLinear").setName(fresh(name + "/dequantize"))
                .addInput(integers.getName()).addInput(scale).addInput(zero.getName()).addOutput(name);
        if (scales.length > 1) {
            node.addAttribute(Attr.i("axis", axis));
        }
        nodes.add(node.build());
    }

    private static TensorProto scalar(float value) {
        return Tensors.floats("", new FloatTensor(new long[0], new float[] {value}));
    }

    /** Adds an initializer under a fresh name near {@code name}; returns that name. */
    private String constant(String name, TensorProto value) {
        String unique = fresh(name);
        initializers.add(value.toBuilder().setName(unique).build());
        return unique;
    }

    /** {@code base}, or with a number after it where the graph already has that name. */
    private String fresh(String base) {
        String name = base;
        for (int i = 2; names.contains(name); i++) {
            name = base + "_" + i;
        }
        names.add(name);
        return name;
    }
}
