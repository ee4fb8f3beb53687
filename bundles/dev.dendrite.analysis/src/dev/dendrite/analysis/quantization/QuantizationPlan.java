package dev.dendrite.analysis.quantization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Which layers and tensors of a float graph become integers, found before calibration: every
 * convolution, Gemm and MatMul with a constant weight gets integer weights, its input and its output
 * (after the ReLU that follows it alone, which the output's zero point then replaces) run as integers,
 * so does the sum of two integer tensors (a residual connection), and tensors that a max pool,
 * flatten, reshape or transpose only moves keep their input's scale, so those run on integers too.
 * The model's outputs stay float.
 *
 * @param layers the layers to quantize, in graph order
 * @param sums additions of two quantized tensors (a two-input Sum is written as Add, which has an integer kernel)
 * @param relus each layer's or sum's ReLU that its quantized output replaces
 * @param tensors each quantized tensor and the tensor whose range it keeps (itself where its own range is calibrated), in graph order
 */
record QuantizationPlan(List<NodeProto> layers, Set<NodeProto> sums, Map<NodeProto, NodeProto> relus, Map<String, String> tensors) {

    private static final Set<String> LAYERS = Set.of("Conv", "Gemm", "MatMul");

    /** Operators whose output holds values of their input only, so an integer grid carries through them. */
    private static final Set<String> MOVING = Set.of("MaxPool", "Flatten", "Reshape", "Transpose", "Squeeze", "Unsqueeze", "Identity");

    /** The tensors whose ranges calibration measures. */
    List<String> calibrated() {
        return tensors.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    static QuantizationPlan of(GraphProto graph) {
        Map<String, TensorProto> initializers = Initializers.byName(graph);
        Set<String> fed = new HashSet<>();
        graph.getInputList().forEach(i -> fed.add(i.getName()));
        Set<String> outputs = new HashSet<>();
        graph.getOutputList().forEach(o -> outputs.add(o.getName()));
        Map<String, List<NodeProto>> readers = new HashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            node.getInputList().forEach(i -> readers.computeIfAbsent(i, k -> new ArrayList<>()).add(node));
        }
        List<NodeProto> layers = new ArrayList<>();
        Set<NodeProto> sums = new HashSet<>();
        Map<NodeProto, NodeProto> relus = new HashMap<>();
        Map<String, String> tensors = new LinkedHashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            if (quantizable(node, initializers, fed)) {
                layers.add(node);
                tensors.putIfAbsent(node.getInput(0), node.getInput(0));
                output(node, readers, outputs, relus, tensors);
            } else if ((node.getOpType().equals("Add") || node.getOpType().equals("Sum")) && node.getInputCount() == 2
                    && tensors.containsKey(node.getInput(0)) && tensors.containsKey(node.getInput(1)) && !outputs.contains(node.getOutput(0))) {
                sums.add(node);
                output(node, readers, outputs, relus, tensors);
            } else if (MOVING.contains(node.getOpType()) && node.getOutputCount() == 1 && tensors.containsKey(node.getInput(0))
                    && !outputs.contains(node.getOutput(0)) && !tensors.containsKey(node.getOutput(0))) {
                tensors.put(node.getOutput(0), tensors.get(node.getInput(0)));
            }
        }
        return new QuantizationPlan(layers, sums, relus, tensors);
    }

    /** Plans a node's output, or the output of the ReLU that alone reads it; a model output stays float. */
    private static void output(NodeProto node, Map<String, List<NodeProto>> readers, Set<String> outputs, Map<NodeProto, NodeProto> relus,
            Map<String, String> tensors) {
        String output = node.getOutput(0);
        List<NodeProto> read = readers.getOrDefault(output, List.of());
        if (outputs.contains(output) || read.isEmpty()) {
            return;
        }
        if (read.size() == 1 && read.get(0).getOpType().equals("Relu") && !outputs.contains(read.get(0).getOutput(0))) {
            relus.put(node, read.get(0));
            tensors.put(read.get(0).getOutput(0), read.get(0).getOutput(0));
        } else {
            tensors.put(output, output);
        }
    }

    /** A convolution, Gemm or MatMul reading a computed tensor with a constant float weight that is not a graph input. */
    private static boolean quantizable(NodeProto node, Map<String, TensorProto> initializers, Set<String> fed) {
        if (!LAYERS.contains(node.getOpType()) || node.getInputCount() < 2 || initializers.containsKey(node.getInput(0))
                || fed.contains(node.getInput(1))) {
            return false;
        }
        FloatTensor weight = Initializers.floats(initializers, node.getInput(1));
        return weight != null && BatchNormFolding.outputAxis(node, weight) >= 0;
    }
}
