package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The number of steps each fused RNN, LSTM or GRU node of a model runs for one input: their
 * gradients unroll them ({@code RecurrentRules}), so a gradient model is built per combination of
 * steps. The plain model is run with the fused nodes' inputs as outputs more ({@link #probe}),
 * which tells their shapes for that input, whatever the layers before them did to its length.
 */
final class RecurrentSteps {

    private static final Set<String> FUSED = Set.of("RNN", "LSTM", "GRU");

    private final List<String> inputs;

    private RecurrentSteps(List<String> inputs) {
        this.inputs = inputs;
    }

    /** The fused recurrent nodes' inputs (X) of a model; none for a model without them. */
    static RecurrentSteps of(ModelProto model) {
        Set<String> xs = new LinkedHashSet<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            if (FUSED.contains(node.getOpType())) {
                xs.add(node.getInput(0));
            }
        }
        return new RecurrentSteps(List.copyOf(xs));
    }

    boolean any() {
        return !inputs.isEmpty();
    }

    /** The model with the fused nodes' inputs as outputs after its own (the model itself when it has none). */
    ModelProto probe(ModelProto model) {
        return ModelProbes.exposing(model, inputs);
    }

    /** From a run of {@link #probe}: each fused input's static shape with the batch left open ([T, -1, F]). */
    Map<String, long[]> shapes(OrtSession.Result result) throws OrtException {
        Map<String, long[]> shapes = new HashMap<>();
        for (String x : inputs) {
            long[] shape = ((OnnxTensor) result.get(x).orElseThrow()).getInfo().getShape().clone();
            shape[1] = -1;
            shapes.put(x, shape);
        }
        return shapes;
    }

    /** A key for the gradient models: the steps of every fused node, in order. */
    List<Long> key(Map<String, long[]> shapes) {
        List<Long> key = new ArrayList<>();
        for (String x : inputs) {
            key.add(shapes.get(x)[0]);
        }
        return key;
    }
}
