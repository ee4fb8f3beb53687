package dev.dendrite.onnx.export;

import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.shape.LayerShapes;

/**
 * The layers that compute differently in training. The training engine implements these hooks;
 * with hooks, {@link OnnxExporter#lower} also feeds parameters as graph inputs instead of
 * initializers, so that a train step can update them.
 */
public interface TrainingHooks {

    /** Dropout in training: typically x times a fed, pre-scaled mask. */
    String dropout(Dropout dropout, String x, LayerShapes shapes, LoweringContext ctx);

    /** Noise in training: typically x plus (or times) fed noise. */
    String noise(Noise noise, String x, LayerShapes shapes, LoweringContext ctx);

    /** BatchNorm in training: batch statistics, with updated running statistics as extra outputs. */
    String batchNorm(BatchNorm norm, String x, LayerShapes shapes, LoweringContext ctx);

    /**
     * The tensor layers read for a parameter fed as graph input {@code key} ({@code layerId/param}):
     * the parameter itself, or for instance the parameter times a pruning mask.
     */
    default String parameter(String key, LoweringContext ctx) {
        return key;
    }
}
