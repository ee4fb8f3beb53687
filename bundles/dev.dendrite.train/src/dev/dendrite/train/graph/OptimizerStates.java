package dev.dendrite.train.graph;

import java.util.List;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * Optimizer state for resuming: checkpoints of earlier versions kept momentum and RMSProp state per
 * parameter, and Adam's and RMSProp's moments as weighted averages rather than discounted sums.
 */
public final class OptimizerStates {

    private OptimizerStates() {
    }

    /**
     * The checkpoint's tensors with every flat optimizer state the train step reads: taken as
     * they are, converted from an earlier version's form (a flat average, or per-parameter
     * tensors concatenated in the order of the gradients), or the step's starting value (zeros;
     * for a weight average, the checkpoint's weights) when none exists. The earlier forms' tensors are not carried over.
     */
    public static Weights resumable(Weights checkpoint, TrainingGraphs graphs) {
        Weights completed = new Weights();
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (String state : graphs.state()) {
            if (checkpoint.flat().containsKey(state)) {
                continue;
            }
            FloatTensor start = graphs.initial().flat().get(state);
            FloatTensor value = null;
            if (state.endsWith(AveragingStep.SUFFIX)) {
                // Averaging from here on (--ema added on resume): the average starts at the checkpoint's own values.
                FloatTensor own = checkpoint.flat().get(state.substring(0, state.length() - AveragingStep.SUFFIX.length()));
                value = own != null && own.size() == start.size() ? own : null;
            }
            for (Optimizers.LegacyState legacy : value != null ? List.<Optimizers.LegacyState>of() : Optimizers.legacyForms(state)) {
                FloatTensor found = legacy.flatName() != null ? checkpoint.flat().get(legacy.flatName())
                        : concatenated(checkpoint, graphs.parameters(), legacy.perParameterSuffix());
                if (found != null && found.size() == start.size()) {
                    value = found.scaled(legacy.factor());
                    if (legacy.flatName() != null) {
                        replaced.add(legacy.flatName());
                    }
                    break;
                }
            }
            String[] parts = Weights.split(state);
            completed.put(parts[0], parts[1], value != null ? value : start);
        }
        checkpoint.flat().forEach((key, tensor) -> {
            if (!replaced.contains(key)) {
                String[] parts = Weights.split(key);
                completed.put(parts[0], parts[1], tensor);
            }
        });
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
