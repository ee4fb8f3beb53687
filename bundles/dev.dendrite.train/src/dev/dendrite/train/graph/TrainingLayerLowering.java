package dev.dendrite.train.graph;

import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.export.LoweringContext;

/**
 * One layer kind's training-mode lowering, registered in {@link TrainingLowerings}. Besides the
 * graph, it may declare what the trainer must feed each step (random masks, noise) and running
 * buffers the step updates, through {@link TrainingLayers}.
 */
@FunctionalInterface
public interface TrainingLayerLowering {

    /** @return the output tensor names by port */
    Map<String, String> lower(Layer layer, Map<String, String> inputs, LayerShapes shapes, LoweringContext ctx, TrainingLayers training);
}
