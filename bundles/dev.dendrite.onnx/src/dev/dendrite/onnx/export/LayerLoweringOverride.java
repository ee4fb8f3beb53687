package dev.dendrite.onnx.export;

import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;

/** One layer kind's lowering in a mode other than inference; returns the output tensor names by port. */
@FunctionalInterface
public interface LayerLoweringOverride {

    /**
     * @param inputs the tensor arriving at each input port, by port name
     * @param shapes the layer's inferred input and output values
     */
    Map<String, String> lower(Layer layer, Map<String, String> inputs, LayerShapes shapes, LoweringContext ctx);
}
