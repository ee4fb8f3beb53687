package dev.dendrite.model.shape;

import dev.dendrite.model.network.Network;

/**
 * Infers the shape of every port of a network: a pass over the DAG in topological order that
 * fills inputs and outputs, infers lazy sizes (convolution input channels, dense input width,
 * RBM visible units), counts parameters and reports every problem as a diagnostic naming the
 * layer, the port, and the expected and actual shapes. It never throws on a bad network.
 */
public final class ShapeInference {

    private ShapeInference() {
    }

    public static ShapeResult infer(Network network) {
        ShapeResult result = new ShapeResult(network);
        new GraphInference(result, 0, new java.util.ArrayDeque<>()).run(network, java.util.Map.of(), true);
        return result;
    }
}
