package dev.dendrite.analysis.quantization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.NodeAttributes;
import dev.dendrite.onnx.graph.Tensors;

/**
 * Folds an inference BatchNormalization into the convolution or dense layer (Gemm) before it:
 * y = γ·(Wx + b − μ)/√(σ² + ε) + β is the layer with W scaled per output channel by γ/√(σ² + ε) and
 * the bias moved likewise. Quantization needs it: the folded weights are the ones to round, and a
 * normalisation between a layer and its quantized output would run in float.
 */
final class BatchNormFolding {

    /** The folded model and how many normalisations went into the layer before them. */
    record Folded(ModelProto model, int folded) {
    }

    private BatchNormFolding() {
    }

    static Folded fold(ModelProto model) {
        GraphProto graph = model.getGraph();
        Map<String, TensorProto> initializers = Initializers.byName(graph);
        Map<String, Integer> readers = new HashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            node.getInputList().forEach(i -> readers.merge(i, 1, Integer::sum));
        }
        Set<String> outputs = new HashSet<>();
        graph.getOutputList().forEach(o -> outputs.add(o.getName()));
        Map<String, NodeProto> producers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));

        Map<NodeProto, NodeProto> replaced = new HashMap<>();
        Set<NodeProto> removed = new HashSet<>();
        Map<String, TensorProto> added = new java.util.LinkedHashMap<>();
        for (NodeProto norm : graph.getNodeList()) {
            if (!norm.getOpType().equals("BatchNormalization") || norm.getOutputCount() != 1 || NodeAttributes.i(norm, "training_mode", 0) != 0) {
                continue;
            }
            NodeProto layer = producers.get(norm.getInput(0));
            if (layer == null || layer.getOpType().equals("MatMul") || replaced.containsKey(layer) || readers.getOrDefault(norm.getInput(0), 0) != 1 || outputs.contains(norm.getInput(0))) {
                continue;
            }
            float[] factor = factors(norm, initializers);
            FloatTensor weight = factor == null ? null : Initializers.floats(initializers, layer.getInput(1));
            int axis = factor == null || weight == null ? -1 : outputAxis(layer, weight);
            if (axis < 0 || weight.shape()[axis] != factor.length) {
                continue;
            }
            FloatTensor bias = layer.getInputCount() > 2 && !layer.getInput(2).isEmpty() ? Initializers.floats(initializers, layer.getInput(2))
                    : FloatTensor.zeros(factor.length);
            if (bias == null || bias.values().length != factor.length) {
                continue;
            }
            float[] mean = Initializers.floats(initializers, norm.getInput(3)).values();
            float[] shift = Initializers.floats(initializers, norm.getInput(2)).values();
            float[] w = weight.values().clone();
            long inner = 1;
            for (int d = axis + 1; d < weight.shape().length; d++) {
                inner *= weight.shape()[d];
            }
            for (int i = 0; i < w.length; i++) {
                w[i] *= factor[(int) (i / inner % factor.length)];
            }
            float[] b = new float[factor.length];
            for (int c = 0; c < b.length; c++) {
                b[c] = (bias.values()[c] - mean[c]) * factor[c] + shift[c];
            }
            // The layer's own parameters keep their names where nothing else reads them.
            String weightName = readers.getOrDefault(layer.getInput(1), 0) == 1 ? layer.getInput(1) : layer.getInput(1) + "/folded";
            boolean ownBias = layer.getInputCount() > 2 && !layer.getInput(2).isEmpty() && readers.getOrDefault(layer.getInput(2), 0) == 1;
            String biasName = ownBias ? layer.getInput(2) : (layer.getName().isEmpty() ? layer.getOutput(0) : layer.getName()) + "/folded_bias";
            added.put(weightName, Tensors.floats(weightName, new FloatTensor(weight.shape(), w)));
            added.put(biasName, Tensors.floats(biasName, new FloatTensor(new long[] {b.length}, b)));
            NodeProto.Builder folded = layer.toBuilder().setOutput(0, norm.getOutput(0)).setInput(1, weightName);
            if (folded.getInputCount() > 2) {
                folded.setInput(2, biasName);
            } else {
                folded.addInput(biasName);
            }
            replaced.put(layer, folded.build());
            removed.add(norm);
        }
        if (removed.isEmpty()) {
            return new Folded(model, 0);
        }
        GraphProto.Builder rebuilt = graph.toBuilder().clearNode();
        Set<String> read = new HashSet<>();
        for (NodeProto node : graph.getNodeList()) {
            if (!removed.contains(node)) {
                NodeProto kept = replaced.getOrDefault(node, node);
                rebuilt.addNode(kept);
                read.addAll(kept.getInputList());
            }
        }
        // The normalisations' parameters and the layers' old weights go where nothing reads them any more.
        rebuilt.clearInitializer();
        graph.getInitializerList().stream().filter(t -> read.contains(t.getName()) && !added.containsKey(t.getName())).forEach(rebuilt::addInitializer);
        added.values().forEach(rebuilt::addInitializer);
        return new Folded(model.toBuilder().setGraph(rebuilt).build(), removed.size());
    }

    /** γ/√(σ² + ε) per channel, or null where the parameters are not constant float vectors of one length. */
    private static float[] factors(NodeProto norm, Map<String, TensorProto> initializers) {
        if (norm.getInputCount() != 5) {
            return null;
        }
        FloatTensor[] parameters = new FloatTensor[4];
        for (int i = 0; i < 4; i++) {
            parameters[i] = Initializers.floats(initializers, norm.getInput(i + 1));
            if (parameters[i] == null || parameters[i].shape().length != 1 || parameters[i].values().length != parameters[0].values().length) {
                return null;
            }
        }
        float epsilon = NodeAttributes.f(norm, "epsilon", 1e-5f);
        float[] factor = new float[parameters[0].values().length];
        for (int c = 0; c < factor.length; c++) {
            factor[c] = (float) (parameters[0].values()[c] / Math.sqrt(parameters[3].values()[c] + (double) epsilon));
        }
        return factor;
    }

    /**
     * The weight's axis of output channels: 0 for a convolution (each output channel has its own
     * filter, whatever the groups), a Gemm's or MatMul's output columns; −1 for other layers and for
     * a Gemm that scales or transposes its input.
     */
    static int outputAxis(NodeProto layer, FloatTensor weight) {
        return switch (layer.getOpType()) {
            case "Conv" -> weight.shape().length >= 3 ? 0 : -1;
            case "Gemm" -> weight.shape().length == 2 && NodeAttributes.i(layer, "transA", 0) == 0
                    && NodeAttributes.f(layer, "alpha", 1f) == 1f && NodeAttributes.f(layer, "beta", 1f) == 1f
                            ? (NodeAttributes.i(layer, "transB", 0) == 1 ? 0 : 1) : -1;
            case "MatMul" -> weight.shape().length == 2 ? 1 : -1;
            default -> -1;
        };
    }
}
