package dev.dendrite.onnx.weights;

import java.util.ArrayList;
import java.util.List;
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
import dev.dendrite.model.network.normalization.InputNormalization;
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
import dev.dendrite.onnx.weights.ParameterSpec.Init;

/**
 * The parameters each layer kind carries, in the layout the ONNX lowering uses (Dense weights
 * are [in, out] for MatMul; recurrent weights are ONNX's W/R/B with ONNX gate order). Trainable
 * sizes agree with {@link dev.dendrite.model.params.ParameterCounter}.
 */
public final class ParameterSpecs {

    private ParameterSpecs() {
    }

    /** The name of a spectrally normalised layer's kept power-iteration vector u. */
    public static final String SPECTRAL_NORM_VECTOR = "sn_u";

    /** @param inputs the values on the layer's input ports, from shape inference */
    public static List<ParameterSpec> of(Layer layer, Map<String, Value> inputs) {
        List<ParameterSpec> specs = new ArrayList<>();
        Value in = inputs.get(Ports.IN);
        switch (layer) {
            case Dense dense -> {
                long features = in.shape().size(-1);
                specs.add(weight("weight", Init.GLOROT, features, dense.getUnits(), features, dense.getUnits()));
                if (dense.isBias()) {
                    specs.add(zeros("bias", dense.getUnits()));
                }
                if (dense.isSpectralNorm()) {
                    specs.add(powerIterationVector(dense.getUnits()));
                }
            }
            case Convolution conv -> {
                long perGroup = in.shape().size(dev.dendrite.model.shape.Windows.channelAxis(conv)) / conv.getGroups();
                long window = dev.dendrite.model.shape.Windows.window(conv);
                int[] kernel = dev.dendrite.model.shape.Windows.kernel(conv);
                long[] shape = new long[2 + kernel.length];
                shape[0] = conv.getOutChannels();
                shape[1] = perGroup;
                for (int i = 0; i < kernel.length; i++) {
                    shape[2 + i] = kernel[i];
                }
                specs.add(new ParameterSpec("weight", shape, Init.GLOROT, perGroup * window,
                        conv.getOutChannels() * window / conv.getGroups(), true));
                if (conv.isBias()) {
                    specs.add(zeros("bias", conv.getOutChannels()));
                }
                if (conv.isSpectralNorm()) {
                    specs.add(powerIterationVector(conv.getOutChannels()));
                }
            }
            case TransposedConvolution conv -> {
                // ONNX's ConvTranspose kernel [in, out, k(, k)]: each input channel's map of every output channel's kernel.
                long channels = in.shape().size(1);
                long window = (long) Math.pow(conv.getKernel(), conv.getDimensions());
                long[] shape = new long[2 + conv.getDimensions()];
                shape[0] = channels;
                shape[1] = conv.getOutChannels();
                java.util.Arrays.fill(shape, 2, shape.length, conv.getKernel());
                specs.add(new ParameterSpec("weight", shape, Init.GLOROT, channels * window, conv.getOutChannels() * window, true));
                if (conv.isBias()) {
                    specs.add(zeros("bias", conv.getOutChannels()));
                }
            }
            case BatchNorm norm -> {
                long channels = in.shape().size(1);
                specs.add(new ParameterSpec("scale", new long[] {channels}, Init.ONE, 0, 0, true));
                specs.add(zeros("bias", channels));
                specs.add(new ParameterSpec("mean", new long[] {channels}, Init.ZERO, 0, 0, false));
                specs.add(new ParameterSpec("var", new long[] {channels}, Init.ONE, 0, 0, false));
            }
            case LayerNorm norm when norm.isAffine() -> {
                long[] shape = tail(in, in.rank() - norm.getNormalizedDims());
                specs.add(new ParameterSpec("scale", shape, Init.ONE, 0, 0, true));
                specs.add(new ParameterSpec("bias", shape, Init.ZERO, 0, 0, true));
            }
            case RMSNorm norm when norm.isAffine() -> specs.add(new ParameterSpec("scale", new long[] {in.shape().size(-1)}, Init.ONE, 0, 0, true));
            case InputNormalization norm -> {
                long[] shape = tail(in, in.shape().dim(1).isFixed() ? 1 : 2);
                specs.add(new ParameterSpec("shift", shape, Init.ZERO, 0, 0, false));
                specs.add(new ParameterSpec("scale", shape, Init.ONE, 0, 0, false));
            }
            case Embedding embedding -> specs.add(new ParameterSpec("weight",
                    new long[] {embedding.getVocabularySize(), embedding.getEmbeddingDim()}, Init.UNIT, 0, 0, true));
            case Recurrent rnn -> recurrent(rnn, in, specs);
            case Attention attention -> {
                long width = in.shape().size(-1);
                Value memory = inputs.get(Ports.MEMORY);
                // Cross-attention projects keys and values from the memory's width.
                long keyWidth = memory == null ? width : memory.shape().size(-1);
                for (String role : new String[] {"query", "key", "value", "output"}) {
                    long rows = role.equals("key") || role.equals("value") ? keyWidth : width;
                    specs.add(weight(role + "_weight", Init.GLOROT, rows, width, rows, width));
                    specs.add(zeros(role + "_bias", width));
                }
            }
            case PositionalEncoding positions when positions.isLearned() -> specs.add(new ParameterSpec(
                    "positions", new long[] {positions.getMaxLength(), in.shape().size(-1)}, Init.SMALL, 0, 0, true));
            case ClassToken token -> specs.add(new ParameterSpec("tokens", new long[] {token.getCount(),
                    in.shape().size(-1)}, Init.SMALL, 0, 0, true));
            case GraphConvolution gcn -> {
                long features = inputs.get(Ports.NODES).shape().size(1);
                specs.add(weight("weight", Init.GLOROT, features, gcn.getOutFeatures(), features, gcn.getOutFeatures()));
                if (gcn.isBias()) {
                    specs.add(zeros("bias", gcn.getOutFeatures()));
                }
            }
            case MessagePassing mp -> messagePassing(mp, inputs.get(Ports.NODES).shape().size(1), inputs.get(Ports.EDGE_FEATURES), specs);
            case GraphAttention gat -> {
                long features = inputs.get(Ports.NODES).shape().size(1);
                long width = (long) gat.getHeads() * gat.getOutFeatures();
                specs.add(weight("weight", Init.GLOROT, features, width, features, width));
                // Glorot over [H, F'], as GATConv and GATv2Conv draw their attention vectors.
                if (gat.isDynamic()) {
                    if (!gat.isShareWeights()) {
                        specs.add(weight("target_weight", Init.GLOROT, features, width, features, width));
                    }
                    specs.add(weight("attention", Init.GLOROT, gat.getHeads(), gat.getOutFeatures(), gat.getHeads(), gat.getOutFeatures()));
                } else {
                    specs.add(weight("att_source", Init.GLOROT, gat.getHeads(), gat.getOutFeatures(), gat.getHeads(), gat.getOutFeatures()));
                    specs.add(weight("att_target", Init.GLOROT, gat.getHeads(), gat.getOutFeatures(), gat.getHeads(), gat.getOutFeatures()));
                }
                // Edge features: W_e [D, H·F'] (GATConv's lin_edge, without a bias), and for GAT its own attention vector.
                Value edgeFeatures = inputs.get(Ports.EDGE_FEATURES);
                if (edgeFeatures != null) {
                    long edgeWidth = edgeFeatures.shape().size(1);
                    specs.add(weight("edge_weight", Init.GLOROT, edgeWidth, width, edgeWidth, width));
                    if (!gat.isDynamic()) {
                        specs.add(weight("att_edge", Init.GLOROT, gat.getHeads(), gat.getOutFeatures(), gat.getHeads(), gat.getOutFeatures()));
                    }
                }
                if (gat.isBias()) {
                    specs.add(zeros("bias", gat.isConcat() ? width : gat.getOutFeatures()));
                }
            }
            case TopKPooling topK -> {
                long features = inputs.get(Ports.NODES).shape().size(1);
                specs.add(new ParameterSpec("projection", new long[] {features}, Init.INVERSE_SQRT, features, 1, true));
            }
            case RBM rbm -> {
                long visible = in.shape().size(1);
                specs.add(weight("weight", Init.SMALL, visible, rbm.getHiddenUnits(), visible, rbm.getHiddenUnits()));
                specs.add(zeros("visible_bias", visible));
                specs.add(zeros("hidden_bias", rbm.getHiddenUnits()));
            }
            case Add add -> projections(add, inputs, specs);
            case dev.dendrite.model.network.OnnxOperator operator -> {
                // Its trainable inputs, declared as the definition's graph inputs (their values are weights).
                for (var input : dev.dendrite.onnx.export.OperatorLowering.definition(operator).getInputList()) {
                    long[] shape = input.getType().getTensorType().getShape().getDimList().stream().mapToLong(d -> d.getDimValue()).toArray();
                    long fanIn = shape.length > 1 ? java.util.Arrays.stream(shape).skip(1).reduce(1, (a, b) -> a * b) : 1;
                    specs.add(shape.length > 1 ? new ParameterSpec(input.getName(), shape, Init.GLOROT, fanIn, shape[0], true)
                            : zeros(input.getName(), shape.length == 0 ? 1 : shape[0]));
                }
            }
            default -> {
                // parameter-free layers
            }
        }
        return specs;
    }

    private static void recurrent(Recurrent rnn, Value in, List<ParameterSpec> specs) {
        long gates = rnn.getCell() == CellType.LSTM ? 4 : rnn.getCell() == CellType.GRU ? 3 : 1;
        long hidden = rnn.getHiddenSize();
        long directions = rnn.isBidirectional() ? 2 : 1;
        long features = in.shape().size(-1);
        specs.add(new ParameterSpec("W", new long[] {directions, gates * hidden, features}, Init.INVERSE_SQRT, hidden, hidden, true));
        specs.add(new ParameterSpec("R", new long[] {directions, gates * hidden, hidden}, Init.INVERSE_SQRT, hidden, hidden, true));
        specs.add(new ParameterSpec("B", new long[] {directions, 2 * gates * hidden}, Init.INVERSE_SQRT, hidden, hidden, true));
    }

    /** With edge features [E, D] connected, each message adds e_ji·W_e: {@code edge_weight} [D, message width]. */
    private static void messagePassing(MessagePassing mp, long features, Value edgeFeatures, List<ParameterSpec> specs) {
        long out = mp.getOutFeatures();
        long messageWidth = features;
        if (mp.getMessage() == MessageFunction.LINEAR) {
            specs.add(weight("message_weight", Init.GLOROT, features, out, features, out));
            messageWidth = out;
        }
        if (edgeFeatures != null) {
            long width = edgeFeatures.shape().size(1);
            specs.add(weight("edge_weight", Init.GLOROT, width, messageWidth, width, messageWidth));
        }
        if (mp.getUpdate() == UpdateFunction.LINEAR) {
            specs.add(weight("update_weight", Init.GLOROT, features + messageWidth, out, features + messageWidth, out));
        } else {
            specs.add(weight("self_weight", Init.GLOROT, features, out, features, out));
        }
        specs.add(zeros("bias", out));
    }

    private static void projections(Add add, Map<String, Value> inputs, List<ParameterSpec> specs) {
        Value main = inputs.get(Ports.IN + 0);
        if (add.getProjection() == ProjectionKind.NONE || main == null) {
            return;
        }
        for (int i = 1; i < add.getInputs(); i++) {
            Value other = inputs.get(Ports.IN + i);
            if (other == null || other.shape().dims().equals(main.shape().dims())) {
                continue;
            }
            long from = other.shape().size(1);
            long to = main.shape().size(1);
            if (add.getProjection() == ProjectionKind.CONV1X1) {
                long[] shape = other.rank() == 4 ? new long[] {to, from, 1, 1} : new long[] {to, from, 1};
                specs.add(new ParameterSpec("projection" + i + "_weight", shape, Init.GLOROT, from, to, true));
            } else {
                specs.add(weight("projection" + i + "_weight", Init.GLOROT, from, to, from, to));
                specs.add(zeros("projection" + i + "_bias", to));
            }
        }
    }

    private static ParameterSpec weight(String name, Init init, long rows, long columns, long fanIn, long fanOut) {
        return new ParameterSpec(name, new long[] {rows, columns}, init, fanIn, fanOut, true);
    }

    /** A spectrally normalised layer's power-iteration vector u, one value per output (a buffer, not trained; drawn at random). */
    private static ParameterSpec powerIterationVector(long outputs) {
        return new ParameterSpec(SPECTRAL_NORM_VECTOR, new long[] {outputs}, Init.UNIT, 0, 0, false);
    }

    private static ParameterSpec zeros(String name, long size) {
        return new ParameterSpec(name, new long[] {size}, Init.ZERO, 0, 0, true);
    }

    private static long[] tail(Value value, int from) {
        long[] shape = new long[value.rank() - from];
        for (int i = from; i < value.rank(); i++) {
            shape[i - from] = value.shape().size(i);
        }
        return shape;
    }
}
