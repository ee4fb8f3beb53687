package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;
import static dev.dendrite.model.shape.LayerInputs.known;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.ports.Ports;

/** Shape rules of graph inputs and layers: node features [V, F] with an edge index [2, E]. */
final class GraphShapeRules {

    private static final Value.ElementType INT64 = Value.ElementType.INT64;

    private GraphShapeRules() {
    }

    static Map<String, Value> graphInput(GraphInput graph) {
        atLeast("nodeFeatures", graph.getNodeFeatures(), 1);
        atLeast("edgeFeatures", graph.getEdgeFeatures(), 0);
        Map<String, Value> outputs = new LinkedHashMap<>();
        outputs.put(Ports.NODES, new Value(Shape.of(Dim.NODES, Dim.of(graph.getNodeFeatures())), Value.ElementType.FLOAT, ValueKind.NODES));
        outputs.put(Ports.EDGES, new Value(Shape.of(Dim.of(2), Dim.EDGES), INT64, ValueKind.EDGE_INDEX));
        if (graph.getEdgeFeatures() > 0) {
            outputs.put(Ports.EDGE_FEATURES, new Value(Shape.of(Dim.EDGES, Dim.of(graph.getEdgeFeatures())),
                    Value.ElementType.FLOAT, ValueKind.EDGE_FEATURES));
        }
        if (graph.isBatched()) {
            outputs.put(Ports.BATCH, new Value(Shape.of(Dim.NODES), INT64, ValueKind.GRAPH_ASSIGNMENT));
        }
        return outputs;
    }

    static Map<String, Value> messagePassing(MessagePassing layer, LayerInputs in) {
        atLeast("outFeatures", layer.getOutFeatures(), 1);
        Value nodes = nodes(in);
        long features = known(nodes, 1, Ports.NODES, "the node feature size");
        if (layer.getMessage() == MessageFunction.IDENTITY && layer.getUpdate() == UpdateFunction.SUM
                && features != layer.getOutFeatures()) {
            throw new ShapeException(null, "identity messages summed into the update keep " + features
                    + " features, so outFeatures must be " + features + " (or use linear messages or a linear update)");
        }
        edgeFeatures(in);
        return graphOut(nodes, layer.getOutFeatures());
    }

    static Map<String, Value> graphConvolution(GraphConvolution layer, LayerInputs in) {
        atLeast("outFeatures", layer.getOutFeatures(), 1);
        Value nodes = nodes(in);
        known(nodes, 1, Ports.NODES, "the node feature size");
        return graphOut(nodes, layer.getOutFeatures());
    }

    /** Heads concatenated give heads × outFeatures per node, averaged outFeatures. */
    static Map<String, Value> graphAttention(GraphAttention layer, LayerInputs in) {
        atLeast("outFeatures", layer.getOutFeatures(), 1);
        atLeast("heads", layer.getHeads(), 1);
        if (!(layer.getNegativeSlope() >= 0)) {
            throw new ShapeException(null, "the attention's negativeSlope must be 0 or more (LeakyReLU's slope below zero); it is "
                    + layer.getNegativeSlope());
        }
        if (!(layer.getDropout() >= 0 && layer.getDropout() < 1)) {
            throw new ShapeException(null, "the attention's dropout must be in [0, 1); it is " + layer.getDropout());
        }
        if (layer.isShareWeights() && !layer.isDynamic()) {
            throw new ShapeException(null, "shareWeights shares GATv2's source and target weights; GAT has one weight matrix already: "
                    + "set dynamic too, or clear shareWeights");
        }
        Value nodes = nodes(in);
        known(nodes, 1, Ports.NODES, "the node feature size");
        edgeFeatures(in);
        Value edges = in.value(Ports.EDGES);
        // Its masks are fed per batch, one per edge and node of the graph input: a pooling's edges and nodes are counted in the step.
        if (layer.getDropout() > 0 && (edges != null && edges.rank() == 2 && !edges.shape().dim(1).equals(Dim.EDGES)
                || !nodes.shape().dim(0).equals(Dim.NODES))) {
            throw new ShapeException(null, "drops attention only over the graph input's own nodes and edges (its masks are drawn per "
                    + "batch); after a pooling set dropout to 0, or drop node features with a Dropout layer");
        }
        return graphOut(nodes, Math.multiplyExact(layer.isConcat() ? layer.getHeads() : 1, layer.getOutFeatures()));
    }

    static Map<String, Value> topK(TopKPooling layer, LayerInputs in) {
        if (layer.getK() < 0 || (layer.getK() == 0 && !(layer.getRatio() > 0 && layer.getRatio() <= 1))) {
            throw new ShapeException(null, "keep k ≥ 1 nodes or a ratio in (0, 1]; k is " + layer.getK() + ", ratio " + layer.getRatio());
        }
        Value nodes = nodes(in);
        known(nodes, 1, Ports.NODES, "the node feature size");
        edgeFeatures(in);
        Dim kept = Dim.symbol("K");
        Dim keptEdges = Dim.symbol("E'");
        Map<String, Value> outputs = new LinkedHashMap<>();
        outputs.put(Ports.NODES, nodes.withShape(Shape.of(kept, nodes.shape().dim(1))));
        outputs.put(Ports.EDGES, new Value(Shape.of(Dim.of(2), keptEdges), INT64, ValueKind.EDGE_INDEX));
        outputs.put(Ports.BATCH, new Value(Shape.of(kept), INT64, ValueKind.GRAPH_ASSIGNMENT));
        Value edgeFeatures = in.value(Ports.EDGE_FEATURES);
        if (edgeFeatures != null) {
            outputs.put(Ports.EDGE_FEATURES, edgeFeatures.withShape(Shape.of(keptEdges, edgeFeatures.shape().dim(1))));
        }
        return outputs;
    }

    static Map<String, Value> globalPooling(GraphGlobalPooling layer, LayerInputs in) {
        Value nodes = nodes(in);
        known(nodes, 1, Ports.NODES, "the node feature size");
        // One row per graph: graphs are the batch of a graph-level prediction.
        return CoreShapeRules.out(Value.tensor(Shape.of(Dim.BATCH, nodes.shape().dim(1))));
    }

    private static Value nodes(LayerInputs in) {
        Value nodes = in.primary();
        if (nodes.kind() != ValueKind.NODES) {
            throw new ShapeException(Ports.NODES, "is a graph layer but is fed non-graph data " + nodes
                    + ": connect the 'nodes' output of a GraphInput or another graph layer");
        }
        if (nodes.rank() != 2) {
            throw new ShapeException(Ports.NODES, "expects node features [V, F], got " + nodes.shape());
        }
        Value edges = in.value(Ports.EDGES);
        if (edges != null && edges.kind() != ValueKind.EDGE_INDEX) {
            throw new ShapeException(Ports.EDGES, "expects an edge index [2, E] (int64), got " + edges);
        }
        Value batch = in.value(Ports.BATCH);
        if (batch != null && batch.kind() != ValueKind.GRAPH_ASSIGNMENT) {
            throw new ShapeException(Ports.BATCH, "expects a graph assignment [V] (int64), got " + batch);
        }
        return nodes;
    }

    /**
     * Edge features, where connected, must be [E, D] over the same edges as the edge index: a pooling's
     * edges (E') are a subset the features no longer line up with.
     */
    private static void edgeFeatures(LayerInputs in) {
        Value features = in.value(Ports.EDGE_FEATURES);
        if (features == null) {
            return;
        }
        if (features.kind() != ValueKind.EDGE_FEATURES || features.rank() != 2) {
            throw new ShapeException(Ports.EDGE_FEATURES, "expects edge features [E, D] from a GraphInput, got " + features);
        }
        known(features, 1, Ports.EDGE_FEATURES, "the edge feature size");
        Value edges = in.value(Ports.EDGES);
        if (edges != null && edges.rank() == 2 && !edges.shape().dim(1).equals(features.shape().dim(0))) {
            throw new ShapeException(Ports.EDGE_FEATURES, "has one row per edge of " + features.shape().dim(0) + " edges, but the layer's "
                    + "edge index holds " + edges.shape().dim(1) + " (a pooling keeps some edges): read the edge features the pooling "
                    + "keeps, from its edgeFeatures output, with its edges");
        }
    }

    private static Map<String, Value> graphOut(Value nodes, int features) {
        return Map.of(Ports.NODES, nodes.withShape(nodes.shape().with(1, features)));
    }
}
