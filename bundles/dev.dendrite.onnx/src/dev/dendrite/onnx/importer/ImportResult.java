package dev.dendrite.onnx.importer;

import java.util.List;

import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;

/**
 * An imported model: the network, its weights, and how it was read.
 *
 * @param fromEmbeddedNetwork true when the model carried its Dendrite network (exported by Dendrite),
 *        false when its operators were mapped to layers
 * @param notes what the user should know (e.g. a loss to add before training)
 */
public record ImportResult(Network network, Weights weights, boolean fromEmbeddedNetwork, List<String> notes) {
}
