package dev.dendrite.model.params;

import java.util.Map;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.RMSNorm;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;

/**
 * Counts a layer's trainable parameters from its settings and its (inferred) input shapes, the
 * way PyTorch counts them: recurrent layers carry two bias vectors per gate, BatchNorm's running
 * statistics are buffers, not parameters. Block instances are summed by shape inference.
 */
public final class ParameterCounter {

    private ParameterCounter() {
    }

    /** @param inputs the values on the layer's input ports (as shape inference found them) */
    public static ParameterCount count(Layer layer, Map<String, Value> inputs) {
        Value in = inputs.get(Ports.IN);
        return switch (layer) {
            case Dense dense -> ParameterCount.weightsAndBiases(multiply(last(in), dense.getUnits()),
                    dense.isBias() ? dense.getUnits() : 0);
            case Convolution conv -> convolution(conv, in);
            case TransposedConvolution conv -> ParameterCount.weightsAndBiases(
                    multiply(multiply(in.shape().size(1), conv.getOutChannels()), (long) Math.pow(conv.getKernel(), conv.getDimensions())),
                    conv.isBias() ? conv.getOutChannels() : 0);
            case BatchNorm norm -> new ParameterCount(0, 0, 2 * in.shape().size(1));
            case LayerNorm norm -> norm.isAffine() ? new ParameterCount(0, 0, 2 * in.shape().productFrom(in.rank() - norm.getNormalizedDims()))
                    : ParameterCount.NONE;
            case RMSNorm norm -> norm.isAffine() ? new ParameterCount(0, 0, last(in)) : ParameterCount.NONE;
            case Embedding embedding -> ParameterCount.weightsAndBiases(
                    multiply(embedding.getVocabularySize(), embedding.getEmbeddingDim()), 0);
            case Recurrent rnn -> recurrent(rnn, in);
            // Query and output projections [D, D], key and value [M, D] from the memory's width M (D without one), each with a bias.
            case Attention attention -> ParameterCount.weightsAndBiases(Math.addExact(
                    multiply(2, multiply(last(in), last(in))), multiply(2, multiply(keyWidth(inputs), last(in)))), 4 * last(in));
            case PositionalEncoding positions -> positions.isLearned()
                    ? ParameterCount.weightsAndBiases(multiply(positions.getMaxLength(), last(in)), 0) : ParameterCount.NONE;
            case ClassToken token -> ParameterCount.weightsAndBiases(multiply(token.getCount(), last(in)), 0);
            case MessagePassing mp -> messagePassing(mp, inputs.get(Ports.NODES), inputs.get(Ports.EDGE_FEATURES));
            case GraphConvolution gcn -> ParameterCount.weightsAndBiases(multiply(last(inputs.get(Ports.NODES)), gcn.getOutFeatures()),
                    gcn.isBias() ? gcn.getOutFeatures() : 0);
            case GraphAttention gat -> graphAttention(gat, inputs.get(Ports.NODES), inputs.get(Ports.EDGE_FEATURES));
            case TopKPooling topK -> ParameterCount.weightsAndBiases(last(inputs.get(Ports.NODES)), 0);
            case RBM rbm -> ParameterCount.weightsAndBiases(multiply(last(in), rbm.getHiddenUnits()), last(in) + rbm.getHiddenUnits());
            case Add add -> projections(add, inputs);
            case dev.dendrite.model.network.OnnxOperator operator -> ParameterCount.weightsAndBiases(operator.getParameterCount(), 0);
            default -> ParameterCount.NONE;
        };
    }

    private static ParameterCount convolution(Convolution conv, Value in) {
        long inChannels = in.shape().size(dev.dendrite.model.shape.Windows.channelAxis(conv));
        long kernel = 1;
        for (int k : dev.dendrite.model.shape.Windows.kernel(conv)) {
            kernel = multiply(kernel, k);
        }
        long weights = multiply(multiply(conv.getOutChannels(), inChannels / conv.getGroups()), kernel);
        return ParameterCount.weightsAndBiases(weights, conv.isBias() ? conv.getOutChannels() : 0);
    }

    private static ParameterCount recurrent(Recurrent rnn, Value in) {
        int gates = rnn.getCell() == CellType.LSTM ? 4 : rnn.getCell() == CellType.GRU ? 3 : 1;
        long hidden = rnn.getHiddenSize();
        long directions = rnn.isBidirectional() ? 2 : 1;
        long perDirection = multiply(gates * hidden, last(in) + hidden);
        return ParameterCount.weightsAndBiases(multiply(directions, perDirection), directions * 2 * gates * hidden);
    }

    private static ParameterCount messagePassing(MessagePassing mp, Value nodes, Value edgeFeatures) {
        long features = last(nodes);
        long out = mp.getOutFeatures();
        long messageWidth = mp.getMessage() == MessageFunction.LINEAR ? out : features;
        long messageWeights = Math.addExact(mp.getMessage() == MessageFunction.LINEAR ? multiply(features, out) : 0,
                edgeFeatures != null ? multiply(last(edgeFeatures), messageWidth) : 0);
        long updateWeights = mp.getUpdate() == UpdateFunction.LINEAR ? multiply(features + messageWidth, out) : multiply(features, out);
        return ParameterCount.weightsAndBiases(Math.addExact(messageWeights, updateWeights), out);
    }

    /**
     * W [F, H·F'], the source and target attention vectors [H, F'] each, a bias per output feature; GATv2: W
     * and W_t [F, H·F'] (W alone where shared) and one attention vector [H, F'].
     */
    private static ParameterCount graphAttention(GraphAttention gat, Value nodes, Value edgeFeatures) {
        long width = multiply(gat.getHeads(), gat.getOutFeatures());
        long weights = gat.isDynamic() ? Math.addExact(multiply(gat.isShareWeights() ? 1 : 2, multiply(last(nodes), width)), width)
                : Math.addExact(multiply(last(nodes), width), multiply(2, width));
        if (edgeFeatures != null) {
            // W_e [D, H·F'], and GAT's edge attention vector [H, F'].
            weights = Math.addExact(weights, Math.addExact(multiply(last(edgeFeatures), width), gat.isDynamic() ? 0 : width));
        }
        return ParameterCount.weightsAndBiases(weights, gat.isBias() ? (gat.isConcat() ? width : gat.getOutFeatures()) : 0);
    }

    /** Shortcut projections of inputs whose shape differs from in0 (ResNet option B: 1×1 conv without bias). */
    private static ParameterCount projections(Add add, Map<String, Value> inputs) {
        Value main = inputs.get(Ports.IN + 0);
        ParameterCount total = ParameterCount.NONE;
        if (add.getProjection() == ProjectionKind.NONE || main == null) {
            return total;
        }
        for (int i = 1; i < add.getInputs(); i++) {
            Value other = inputs.get(Ports.IN + i);
            if (other == null || other.shape().dims().equals(main.shape().dims())) {
                continue;
            }
            long from = other.shape().size(1);
            long to = main.shape().size(1);
            total = total.plus(add.getProjection() == ProjectionKind.CONV1X1 ? ParameterCount.weightsAndBiases(multiply(from, to), 0)
                    : ParameterCount.weightsAndBiases(multiply(from, to), to));
        }
        return total;
    }

    /** The width keys and values are projected from: the memory's in cross-attention, the input's in self-attention. */
    private static long keyWidth(Map<String, Value> inputs) {
        Value memory = inputs.get(Ports.MEMORY);
        return last(memory != null ? memory : inputs.get(Ports.IN));
    }

    private static long last(Value value) {
        return value.shape().size(-1);
    }

    private static long multiply(long a, long b) {
        return Math.multiplyExact(a, b);
    }
}
