package dev.dendrite.train.graph;

import java.util.List;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/** Optimizer state for resuming: a checkpoint of an earlier version kept momentum and RMSProp state per parameter. */
public final class OptimizerStates {

    private OptimizerStates() {
    }

    /**
     * The checkpoint's tensors with every flat optimizer state the train step reads: taken as
     * they are, concatenated from the per-parameter tensors of an earlier version (in the order of
     * the gradients), or zeros (the step's starting value) when neither exists.
     */
    public static Weights resumable(Weights checkpoint, TrainingGraphs graphs) {
        Weights completed = new Weights();
        checkpoint.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            completed.put(parts[0], parts[1], tensor);
        });
        for (String state : graphs.state()) {
            if (checkpoint.flat().containsKey(state)) {
                continue;
            }
            FloatTensor start = graphs.initial().flat().get(state);
            FloatTensor value = concatenated(checkpoint, graphs.parameters(), Optimizers.perParameterSuffix(state));
            String[] parts = Weights.split(state);
            completed.put(parts[0], parts[1], value != null && value.size() == start.size() ? value : start);
        }
        return completed;
    }

    private static FloatTensor concatenated(Weights checkpoint, List<String> parameters, String suffix) {
        if (suffix == null) {
            return null;
        }
        long total = 0;
        for (String parameter : parameters) {
            FloatTensor part = checkpoint.flat().get(parameter + suffix);
            if (part == null) {
                return null;
            }
            total += part.size();
        }
        float[] values = new float[(int) total];
        int offset = 0;
        for (String parameter : parameters) {
            float[] part = checkpoint.flat().get(parameter + suffix).values();
            System.arraycopy(part, 0, values, offset, part.length);
            offset += part.length;
        }
        return new FloatTensor(new long[] {total}, values);
    }
}
