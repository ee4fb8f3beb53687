package dev.dendrite.train.graph;

import dev.dendrite.model.network.Network;
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
}
