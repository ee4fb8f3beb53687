package dev.dendrite.train.graph;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Generates a network's training graphs with the standard {@link TrainStepPipeline}: the train
 * step (forward in training mode, losses, reverse-mode gradients, penalties, clipping, optimizer
 * update, gradient norms) and the evaluation graph (inference mode, losses, accuracy).
 */
public final class TrainStepBuilder {

    private TrainStepBuilder() {
    }

    public static TrainingGraphs build(Network network, Weights given, TrainingConfig config) throws ExportException {
        return build(network, given, config, GraphOptions.DEFAULT);
    }

    public static TrainingGraphs build(Network network, Weights given, TrainingConfig config, GraphOptions options) throws ExportException {
        return TrainStepPipeline.standard().build(network, given, config, options);
    }

    /**
     * The weights a fresh run of the network starts from under {@code config}'s seed (which draws the initial weights):
     * parameters and statistics only, no optimizer state; what rewinding to step 0 and the lottery controls start from.
     * Input normalisation's statistics are left out: a run given these weights computes them from its training data, as a
     * run given none does (their placeholders here would normalise nothing).
     */
    public static Weights initialParameters(Network network, TrainingConfig config) throws ExportException {
        Network identified = dev.dendrite.model.Networks.withIds(network);
        // A recurrent network's graph needs a sequence length to unroll over; its parameters do not depend on it.
        TrainingGraphs graphs = build(identified, new Weights(), config, recurrent(identified) ? GraphOptions.DEFAULT.withSequenceLength(2)
                : GraphOptions.DEFAULT);
        java.util.Set<String> fromData = new java.util.HashSet<>();
        for (var layer : identified.getLayers()) {
            if (layer instanceof InputNormalization) {
                fromData.add(layer.getId());
            }
        }
        Weights weights = new Weights();
        graphs.initial().flat().forEach((key, tensor) -> {
            ParameterRole role = graphs.roles().get(key);
            if (role != null && role.exported() && !fromData.contains(Weights.split(key)[0])) {
                String[] parts = Weights.split(key);
                weights.put(parts[0], parts[1], tensor);
            }
        });
        return weights;
    }

    /** Whether the network has a recurrent layer (which unrolls over a fixed sequence length). */
    public static boolean recurrent(Network network) {
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Recurrent) {
                return true;
            }
        }
        return false;
    }
}
