package dev.dendrite.onnx.export;

import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * A network lowered to ONNX nodes, before outputs are declared: what the exporter and the
 * training engine build on.
 *
 * @param produced the tensor of every output port of every lowered layer (network and blocks)
 * @param inputs names of the declared data inputs
 * @param parameterInputs when lowered for training, the parameters fed as inputs ({@code layerId/param})
 */
public record LoweredNetwork(GraphBuilder graph, ShapeResult shapes, Weights weights, Map<Layer, Map<String, String>> produced,
        List<String> inputs, List<String> parameterInputs) {
}
