package dev.dendrite.model.shape;

import java.util.Map;

import dev.dendrite.model.params.ParameterCount;

/** What shape inference found for one layer: values on its input and output ports, and its parameters. */
public record LayerShapes(Map<String, Value> inputs, Map<String, Value> outputs, ParameterCount parameters) {
}
