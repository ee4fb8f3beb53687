package dev.dendrite.analysis.ood;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.analysis.evaluation.Saliency;

/**
 * Where a classifier's logits and penultimate features are in its graph: the input of a softmax at
 * the end (else the output itself), and the input of the dense layer that computes them.
 *
 * @param input the model's data input
 * @param output the model's output
 * @param logits the tensor of the logits (the output where no softmax ends the model)
 * @param softmaxEnds whether a Softmax computes the output from {@code logits}
 * @param features the dense last layer's input, or null where the logits come from no dense layer
 * @param whyNoFeatures where {@code features} is null, why, in words
 */
public record ClassifierTaps(String input, String output, String logits, boolean softmaxEnds, String features, String whyNoFeatures) {

    /** Operators that pass a tensor on unchanged in value. */
    private static final Set<String> PASSING = Set.of("Identity", "Flatten", "Reshape", "Squeeze", "Dropout");

    /**
     * The taps of {@code model}.
     *
     * @throws IllegalArgumentException for a model not of one input and one output
     */
    public static ClassifierTaps of(ModelProto model) {
        GraphProto graph = model.getGraph();
        if (Saliency.dataInputs(graph).size() != 1 || graph.getOutputCount() != 1) {
            throw new IllegalArgumentException("out-of-distribution scores read a classifier of one input and one output");
        }
        String input = Saliency.dataInputs(graph).get(0).getName();
        String output = graph.getOutput(0).getName();
        Map<String, NodeProto> producers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        NodeProto last = through(producers, output);
        boolean softmax = last != null && (last.getOpType().equals("Softmax") || last.getOpType().equals("LogSoftmax"));
        String logits = softmax ? last.getInput(0) : output;
        NodeProto dense = through(producers, logits);
        String features = null;
        String why = null;
        if (dense == null) {
            why = "the logits are the model's input";
        } else if (dense.getOpType().equals("Gemm") || dense.getOpType().equals("MatMul")) {
            features = dense.getInput(0);
        } else if (dense.getOpType().equals("Add")) {
            for (String operand : dense.getInputList()) {
                NodeProto product = producers.get(operand);
                if (product != null && product.getOpType().equals("MatMul")) {
                    features = product.getInput(0);
                }
            }
        }
        if (features == null && why == null) {
            why = "the logits come from a " + dense.getOpType() + ", not a dense layer";
        }
        return new ClassifierTaps(input, output, logits, softmax && last.getOpType().equals("Softmax"), features, why);
    }

    /** The node that computes {@code tensor}, looking through operators that pass it on; null for an input. */
    private static NodeProto through(Map<String, NodeProto> producers, String tensor) {
        NodeProto node = producers.get(tensor);
        while (node != null && PASSING.contains(node.getOpType())) {
            node = producers.get(node.getInput(0));
        }
        return node;
    }

    /** Whether the features are the model's input itself (a linear classifier). */
    public boolean featuresAreInput() {
        return input.equals(features);
    }
}
