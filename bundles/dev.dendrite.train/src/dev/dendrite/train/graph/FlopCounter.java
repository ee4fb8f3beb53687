package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Value;

/**
 * Floating-point operations per sample of dense, convolution and recurrent layers (2 per multiply-add; the
 * recurrent ones' input and hidden GEMMs of every step, gate arithmetic left out):
 * forward once; training adds the weight gradient and, except for the first layer, the input gradient.
 * A recurrent layer's hidden-state gradient is counted even when it comes first: backpropagation through
 * time multiplies every step's gradient by R whether or not the input's gradient is wanted.
 */
public final class FlopCounter {

    private FlopCounter() {
    }

    public static double perSample(Network network, boolean training) {
        return perSample(Networks.inspect(network).shapes(), training);
    }

    /** As {@link #perSample(Network, boolean)}, from shapes already inferred. */
    public static double perSample(ShapeResult shapes, boolean training) {
        return perSample(shapes, training, true);
    }

    /**
     * As above; without {@code blocks}, the layers outside blocks only: the count {@link dev.dendrite.train.run.StepThreads}'s
     * threshold was measured against (counting blocks would move the autoencoder to two threads, on which it trains slower:
     * 44k against 50k samples/s on this VM).
     */
    public static double perSample(ShapeResult shapes, boolean training, boolean blocks) {
        double total = 0;
        boolean first = true;
        for (Layer layer : blocks ? flow(shapes) : shapes.order()) {
            double[] cost = cost(layer, shapes);
            if (cost[0] > 0) {
                total += training ? cost[0] * 2 + (first ? cost[1] : cost[0]) : cost[0];
                first = false;
            }
        }
        return total;
    }

    /**
     * Forward floating-point operations per sample of each layer counted (dense, convolution, recurrent, attention), in
     * the network's order; a layer whose input's size is not known (a sequence of varying length) is left out.
     */
    public static Map<Layer, Double> forwardPerLayer(ShapeResult shapes) {
        Map<Layer, Double> perLayer = new java.util.LinkedHashMap<>();
        for (Layer layer : shapes.order()) {
            // A block instance costs what its block's layers do.
            List<Layer> counted = layer instanceof BlockInstance instance && instance.getBlock() != null ? instance.getBlock().getLayers()
                    : List.of(layer);
            double forward = 0;
            boolean known = true;
            for (Layer one : counted) {
                if (shapes.of(one) == null) {
                    continue;
                }
                double cost = cost(one, shapes)[0];
                boolean fixed = shapes.of(one).inputs().values().stream().allMatch(v -> v.shape().fixedFrom(1));
                if (one instanceof Dense && fixed) {
                    // A dense layer over a sequence (or any grid) applies at every position; perSample counts one, as the bench always has.
                    var shape = shapes.of(one).inputs().get(Ports.IN).shape();
                    cost *= shape.productFrom(1) / Math.max(1, shape.size(-1));
                }
                known &= fixed || cost == 0;
                forward += cost;
            }
            if (forward > 0 && known) {
                perLayer.put(layer, forward);
            }
        }
        return perLayer;
    }

    /** The layers in the order data flows through them, a block instance's own layers in its place (its block's, once per instance). */
    private static List<Layer> flow(ShapeResult shapes) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : shapes.order()) {
            if (layer instanceof BlockInstance instance && instance.getBlock() != null) {
                instance.getBlock().getLayers().stream().filter(l -> shapes.of(l) != null).forEach(layers::add);
            } else {
                layers.add(layer);
            }
        }
        return layers;
    }

    /** A layer's forward operations per sample and, for recurrent and attention layers, its hidden-state gradient's; 0 elsewhere. */
    private static double[] cost(Layer layer, ShapeResult shapes) {
        Map<String, Value> in = shapes.of(layer).inputs();
        double forward = 0;
        double hiddenGradient = 0;
        if (layer instanceof Dense dense) {
            forward = 2.0 * in.get(Ports.IN).shape().size(-1) * dense.getUnits();
        } else if (layer instanceof Convolution conv) {
            Value out = shapes.of(layer).outputs().get(Ports.OUT);
            // A sequence [N, T, C]: one position per step.
            long positions = conv.isSequence() ? Math.max(1, out.shape().size(1)) : out.shape().productFrom(2);
            double window = dev.dendrite.model.shape.Windows.window(conv);
            long channels = in.get(Ports.IN).shape().size(dev.dendrite.model.shape.Windows.channelAxis(conv));
            forward = 2.0 * conv.getOutChannels() * (channels / conv.getGroups()) * window * positions;
        } else if (layer instanceof TransposedConvolution conv) {
            // Every input position scatters in × out × kernel products (the adjoint of a convolution over the output).
            Value x = in.get(Ports.IN);
            forward = 2.0 * x.shape().size(1) * conv.getOutChannels() * Math.pow(conv.getKernel(), conv.getDimensions())
                    * x.shape().productFrom(2);
        } else if (layer instanceof Recurrent rnn) {
            Value x = in.get(Ports.IN);
            long steps = rnn.getGenerateSteps() > 0 ? rnn.getGenerateSteps() : x.shape().size(1);
            long gates = rnn.getCell() == CellType.LSTM ? 4 : rnn.getCell() == CellType.GRU ? 3 : 1;
            long directions = rnn.isBidirectional() ? 2 : 1;
            forward = 2.0 * directions * steps * gates * rnn.getHiddenSize() * (x.shape().size(-1) + rnn.getHiddenSize());
            hiddenGradient = 2.0 * directions * steps * gates * rnn.getHiddenSize() * rnn.getHiddenSize();
        } else if (layer instanceof Attention) {
            // Query and output projections [D, D] per step, key and value [M, D] per key step (the memory's,
            // in cross-attention), then scores and mixing: T·S dot products of D each.
            Value x = in.get(Ports.IN);
            Value keys = in.getOrDefault(Ports.MEMORY, x);
            double steps = Math.max(1, x.shape().size(1));
            double keySteps = Math.max(1, keys.shape().size(1));
            double width = x.shape().size(-1);
            forward = 4.0 * steps * width * width + 4.0 * keySteps * keys.shape().size(-1) * width + 4.0 * steps * keySteps * width;
            hiddenGradient = forward;
        }
        return new double[] {forward, hiddenGradient};
    }

    /**
     * Floating-point operations per graph of a graph network, for graphs of {@code nodes} nodes and
     * {@code edges} edges on average: graph convolutions and message passing transform every node
     * (2·in·out per weight matrix) and add along every edge (the aggregated width per edge; a
     * graph convolution also scales each message); dense layers count once per node before global
     * pooling and once per graph after it; top-k pooling keeps its ratio of the nodes and, ends
     * kept independently, its square of the edges. Training counts as {@link #perSample} does (a graph
     * convolution: its product and propagation forward, the weight's and the input's gradient, the
     * input's but for a first layer, and the propagation's gradient but where a first layer propagates
     * its input).
     */
    public static double perGraph(Network network, boolean training, double graphNodes, double graphEdges) {
        double nodes = graphNodes;
        double edges = graphEdges;
        ShapeResult shapes = Networks.inspect(network).shapes();
        double total = 0;
        boolean first = true;
        boolean pooled = false;
        for (Layer layer : shapes.order()) {
            Map<String, Value> in = shapes.of(layer).inputs();
            double forward = 0;
            if (layer instanceof GraphConvolution gcn) {
                long features = in.get(Ports.NODES).shape().size(-1);
                forward = nodes * 2.0 * features * gcn.getOutFeatures();
                // The lowering propagates over the narrower of the input and output features, before the product
                // when that is the input: a first layer then propagates no gradient back.
                boolean propagateFirst = features < gcn.getOutFeatures();
                double propagate = edges * 2.0 * Math.min(features, gcn.getOutFeatures());
                total += training ? (first && propagateFirst ? 1 : 2) * propagate : propagate;
            } else if (layer instanceof MessagePassing mp) {
                long features = in.get(Ports.NODES).shape().size(-1);
                long out = mp.getOutFeatures();
                boolean linearMessage = mp.getMessage() == MessageFunction.LINEAR;
                long width = linearMessage ? out : features;
                Value edgeFeatures = in.get(Ports.EDGE_FEATURES);
                // Sums and means of linear messages aggregate the narrower of the input and the message (edge features: the message).
                long aggregated = linearMessage && edgeFeatures == null && !mp.isActivateMessages() && mp.getAggregation() != Aggregation.MAX
                        ? Math.min(features, out) : width;
                double weights = (linearMessage ? features * out : 0)
                        + (mp.getUpdate() == UpdateFunction.LINEAR ? (features + width) * out : features * out);
                // Each edge's features into the message and the sum with it.
                double perEdge = edgeFeatures == null ? 0 : 2.0 * edgeFeatures.shape().size(-1) * width + width;
                forward = nodes * 2.0 * weights + edges * (aggregated + perEdge);
            } else if (layer instanceof GraphAttention gat) {
                long width = (long) gat.getHeads() * gat.getOutFeatures();
                // The product, both scores per node, and per edge (self-loops included) each message weighted and added;
                // GATv2 a second product and, per edge, the joined features scored.
                double messages = edges + (gat.isSelfLoops() ? nodes : 0);
                long features = in.get(Ports.NODES).shape().size(-1);
                forward = gat.isDynamic() ? nodes * (gat.isShareWeights() ? 2.0 : 4.0) * features * width + messages * 5.0 * width
                        : nodes * 2.0 * (features * width + 2 * width) + messages * 2.0 * width;
                Value edgeFeatures = in.get(Ports.EDGE_FEATURES);
                if (edgeFeatures != null) {
                    // Per scored edge its features into W_e's width (GATv2) or straight to a score per head (GAT's folded scorer).
                    long d = edgeFeatures.shape().size(-1);
                    forward += messages * 2.0 * d * (gat.isDynamic() ? width : gat.getHeads());
                }
            } else if (layer instanceof Dense dense) {
                forward = (pooled ? 1 : nodes) * 2.0 * in.get(Ports.IN).shape().size(-1) * dense.getUnits();
            }
            pooled |= layer instanceof GraphGlobalPooling;
            if (layer instanceof TopKPooling topK) {
                nodes *= topK.getRatio();
                edges *= topK.getRatio() * topK.getRatio();
            }
            if (forward > 0) {
                total += training ? forward * (first ? 2 : 3) : forward;
                first = false;
            }
        }
        return total;
    }
}
