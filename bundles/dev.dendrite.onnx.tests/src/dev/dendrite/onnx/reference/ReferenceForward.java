package dev.dendrite.onnx.reference;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.RMSNorm;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Topology;
import dev.dendrite.onnx.weights.Weights;

/**
 * Evaluates a network in plain Java, independently of the ONNX lowering, with the same weights
 * and inference semantics. Values are {@link Nd} (float) or {@link Ints} (int64).
 */
public final class ReferenceForward {

    private final Weights weights;
    private final Map<Layer, Map<String, Object>> values = new IdentityHashMap<>();

    public ReferenceForward(Weights weights) {
        this.weights = weights;
    }

    /** @param inputs by input layer id (for a GraphInput: id, id:edges, id:batch) */
    public Map<Layer, Map<String, Object>> run(Graph graph, Map<String, Object> inputs) {
        evaluate(graph, inputs, Map.of());
        return values;
    }

    private Map<String, Object> evaluate(Graph graph, Map<String, Object> inputs, Map<String, Object> bound) {
        Map<String, Object> blockOutputs = new HashMap<>();
        for (Layer layer : Topology.order(graph)) {
            Map<String, Object> in = incoming(graph, layer);
            Map<String, Object> out = new HashMap<>();
            switch (layer) {
                case Input input -> out.put(Ports.OUT, inputs.get(input.getId()));
                case GraphInput g -> {
                    out.put(Ports.NODES, inputs.get(g.getId()));
                    out.put(Ports.EDGES, inputs.get(g.getId() + ":edges"));
                    out.put(Ports.EDGE_FEATURES, inputs.get(g.getId() + ":" + Ports.EDGE_FEATURES));
                    out.put(Ports.BATCH, inputs.get(g.getId() + ":batch"));
                }
                case BlockInput input -> out.put(Ports.OUT, bound.get(Ports.portName(input)));
                case BlockOutput output -> blockOutputs.put(Ports.portName(output), in.get(Ports.IN));
                case BlockInstance instance -> out.putAll(evaluate(instance.getBlock(), inputs, in));
                case Loss loss -> {
                    // not part of the inference model
                }
                default -> out.putAll(layer(layer, in));
            }
            values.put(layer, out);
        }
        return blockOutputs;
    }

    private Map<String, Object> incoming(Graph graph, Layer layer) {
        Map<String, Object> in = new HashMap<>();
        for (Connection c : graph.getConnections()) {
            if (c.getTarget() != layer) {
                continue;
            }
            String from = Ports.find(Ports.outputs(c.getSource()), c.getSourcePort()).map(PortSpec::name).orElseThrow();
            String to = Ports.find(Ports.inputs(layer), c.getTargetPort()).map(PortSpec::name).orElseThrow();
            in.put(to, values.get(c.getSource()).get(from));
        }
        return in;
    }

    private Nd w(Layer layer, String name) {
        return weights.get(layer.getId(), name).map(Nd::of).orElse(null);
    }

    private Map<String, Object> layer(Layer layer, Map<String, Object> in) {
        Object input = in.get(Ports.IN);
        Nd x = input instanceof Nd nd ? nd : null;
        return switch (layer) {
            case Dense d -> out(DenseReference.dense(x, w(d, "weight"), w(d, "bias")));
            case Activation a -> out(DenseReference.activation(x, a.getFunction(), a.getAlpha(), a.getAxis()));
            case Flatten f -> out(x.reshape(x.shape[0], x.size() / x.shape[0]));
            case Reshape r -> {
                long[] shape = new long[r.getDims().size() + 1];
                shape[0] = x.shape[0];
                long known = 1;
                int free = -1;
                for (int i = 0; i < r.getDims().size(); i++) {
                    shape[i + 1] = r.getDims().get(i);
                    if (shape[i + 1] == -1) {
                        free = i + 1;
                    } else {
                        known *= shape[i + 1];
                    }
                }
                if (free > 0) {
                    shape[free] = x.size() / x.shape[0] / known;
                }
                yield out(x.reshape(shape));
            }
            case Add a -> out(add(a, in));
            case dev.dendrite.model.network.Multiply m -> out(multiply(m, in));
            case Concat c -> out(concat(c, in));
            case BatchNorm b -> out(NormReference.batchNorm(x, w(b, "scale"), w(b, "bias"), w(b, "mean"), w(b, "var"), b.getEpsilon()));
            case LayerNorm n -> {
                int size = 1;
                for (int i = x.rank() - n.getNormalizedDims(); i < x.rank(); i++) {
                    size *= x.dim(i);
                }
                yield out(NormReference.layerNorm(x, size, w(n, "scale"), w(n, "bias"), n.getEpsilon()));
            }
            case RMSNorm n -> out(NormReference.rmsNorm(x, w(n, "scale"), n.getEpsilon()));
            case InputNormalization n -> out(NormReference.inputNormalization(x, w(n, "shift"), w(n, "scale")));
            case Convolution c when c.isSequence() -> out(ConvReference.sequenceConv(x, w(c, "weight"), w(c, "bias"), c.getDilation(),
                    c.getGroups(), c.getStepPadding().getLiteral()));
            case Convolution c -> out(ConvReference.conv(x, w(c, "weight"), w(c, "bias"), c.getStride(), c.getPadding(), c.getDilation(),
                    c.getGroups()));
            case Pooling p when p.isSequence() -> out(ConvReference.sequencePool(x, p.getPoolType() == PoolType.MAX, p.getKernel(),
                    p.getStride() == 0 ? p.getKernel() : p.getStride()));
            case Pooling p -> out(ConvReference.pool(x, p.getPoolType() == PoolType.MAX, p.getKernel(),
                    p.getStride() == 0 ? p.getKernel() : p.getStride(), p.getPadding()));
            case GlobalPooling p -> out(ConvReference.globalPool(x, p.getPoolType() == PoolType.MAX));
            case TransposedConvolution t -> out(TransposedConvReference.transposedConv(x, w(t, "weight"),
                    t.isBias() ? w(t, "bias") : null, t.getStride(), t.getPadding(), t.getOutputPadding()));
            case Upsample u -> out(UpsampleReference.upsample(x, u.getScale(), u.isBilinear()));
            case Embedding e -> {
                Ints ids = (Ints) input;
                yield out(RecurrentReference.embed(ids.values(), ids.shape(), w(e, "weight")));
            }
            case Recurrent r -> recurrent(r, in, x);
            case Attention a -> out(AttentionReference.attention(x, (Nd) in.getOrDefault(Ports.MEMORY, x),
                    a.getHeads(), a.isCausal(), w(a, "query_weight"),
                    w(a, "query_bias"), w(a, "key_weight"), w(a, "key_bias"), w(a, "value_weight"), w(a, "value_bias"),
                    w(a, "output_weight"), w(a, "output_bias")));
            case SequencePooling p -> out(AttentionReference.poolSteps(x, p.getPoolType() == PoolType.MAX));
            case ClassToken t -> out(AttentionReference.prependTokens(x, w(t, "tokens")));
            case PositionalEncoding p -> out(AttentionReference.addPositions(x,
                    p.isLearned() ? w(p, "positions") : AttentionReference.sinusoids(p.getMaxLength(), x.dim(2))));
            case GraphConvolution g -> Map.of(Ports.NODES, GraphReference.gcn((Nd) in.get(Ports.NODES), edges(in).row(0), edges(in).row(1),
                    w(g, "weight"), w(g, "bias")));
            case GraphAttention g when g.isDynamic() -> Map.of(Ports.NODES, GraphReference.gatv2((Nd) in.get(Ports.NODES), edges(in).row(0),
                    edges(in).row(1), (Nd) in.get(Ports.EDGE_FEATURES), w(g, "weight"), w(g, g.isShareWeights() ? "weight" : "target_weight"), w(g, "edge_weight"),
                    w(g, "attention"), g.isBias() ? w(g, "bias") : null, g.getHeads(), g.isConcat(), g.getNegativeSlope(), g.isSelfLoops()));
            case GraphAttention g -> Map.of(Ports.NODES, GraphReference.gat((Nd) in.get(Ports.NODES), edges(in).row(0), edges(in).row(1),
                    (Nd) in.get(Ports.EDGE_FEATURES), w(g, "weight"), w(g, "att_source"), w(g, "att_target"), w(g, "edge_weight"),
                    w(g, "att_edge"), g.isBias() ? w(g, "bias") : null, g.getHeads(), g.isConcat(), g.getNegativeSlope(), g.isSelfLoops()));
            case MessagePassing m -> Map.of(Ports.NODES, GraphReference.messagePassing((Nd) in.get(Ports.NODES), edges(in).row(0),
                    edges(in).row(1), (Nd) in.get(Ports.EDGE_FEATURES), w(m, "message_weight"), w(m, "edge_weight"), w(m, "update_weight"),
                    w(m, "self_weight"), w(m, "bias"), m.getAggregation(), m.getActivation(), m.isActivateMessages()));
            case TopKPooling t -> {
                Ints batch = (Ints) in.get(Ports.BATCH);
                GraphReference.TopK result = GraphReference.topK((Nd) in.get(Ports.NODES), edges(in).row(0), edges(in).row(1),
                        batch == null ? null : batch.values(), (Nd) in.get(Ports.EDGE_FEATURES), w(t, "projection"), t.getRatio(), t.getK());
                Map<String, Object> ports = new HashMap<>();
                ports.put(Ports.NODES, result.nodes());
                ports.put(Ports.EDGES, Ints.edges(result.edges()));
                ports.put(Ports.BATCH, new Ints(new long[] {result.batch().length}, result.batch()));
                ports.put(Ports.EDGE_FEATURES, result.edgeFeatures());
                yield ports;
            }
            case GraphGlobalPooling p -> {
                Ints batch = (Ints) in.get(Ports.BATCH);
                yield out(GraphReference.globalPool((Nd) in.get(Ports.NODES), batch == null ? null : batch.values(), p.getAggregation()));
            }
            case RBM r -> {
                Nd pre = DenseReference.dense(x, w(r, "weight"), w(r, "hidden_bias"));
                for (int i = 0; i < pre.v.length; i++) {
                    pre.v[i] = DenseReference.sigmoid(pre.v[i]);
                }
                yield out(pre);
            }
            // A variational code at inference is its mean.
            case GaussianLatent latent -> out((Nd) in.get(Ports.MEAN));
            // Dropout, Noise: identity in inference
            default -> out(x);
        };
    }

    private static Ints edges(Map<String, Object> in) {
        return (Ints) in.get(Ports.EDGES);
    }

    private Map<String, Object> recurrent(Recurrent r, Map<String, Object> in, Nd x) {
        Nd sequence = r.getGenerateSteps() > 0 ? RecurrentReference.repeat(x, r.getGenerateSteps()) : x;
        RecurrentReference.Result result = RecurrentReference.run(r.getCell(), sequence, w(r, "W"), w(r, "R"), w(r, "B"),
                (Nd) in.get("initialHidden"), (Nd) in.get("initialCell"), r.getHiddenSize(), r.isBidirectional() ? 2 : 1);
        Map<String, Object> ports = new HashMap<>();
        ports.put(Ports.SEQUENCE, result.sequence());
        ports.put(Ports.HIDDEN, result.hidden());
        if (result.cell() != null) {
            ports.put(Ports.CELL, result.cell());
        }
        return ports;
    }

    /** The product of the inputs, each broadcast where its dim is 1. */
    private static Nd multiply(dev.dendrite.model.network.Multiply multiply, Map<String, Object> in) {
        java.util.List<Nd> factors = new java.util.ArrayList<>();
        for (int i = 0; i < multiply.getInputs(); i++) {
            factors.add((Nd) in.get(Ports.IN + i));
        }
        long[] shape = factors.get(0).shape.clone();
        for (Nd f : factors) {
            for (int d = 0; d < shape.length; d++) {
                shape[d] = Math.max(shape[d], f.shape[d]);
            }
        }
        Nd y = Nd.zeros(shape);
        int[] index = new int[shape.length];
        for (int flat = 0; flat < y.v.length; flat++) {
            int rest = flat;
            for (int d = shape.length - 1; d >= 0; d--) {
                index[d] = (int) (rest % shape[d]);
                rest /= (int) shape[d];
            }
            double product = 1;
            for (Nd f : factors) {
                int[] at = new int[shape.length];
                for (int d = 0; d < shape.length; d++) {
                    at[d] = f.shape[d] == 1 ? 0 : index[d];
                }
                product *= f.get(at);
            }
            y.v[flat] = product;
        }
        return y;
    }

    private Nd add(Add add, Map<String, Object> in) {
        Nd sum = ((Nd) in.get("in0")).copy();
        for (int i = 1; i < add.getInputs(); i++) {
            Nd term = (Nd) in.get(Ports.IN + i);
            if (!java.util.Arrays.equals(term.shape, sum.shape)) {
                if (add.getProjection() == ProjectionKind.DENSE) {
                    term = DenseReference.dense(term, w(add, "projection" + i + "_weight"), w(add, "projection" + i + "_bias"));
                } else {
                    int stride = (term.dim(2) + sum.dim(2) - 1) / sum.dim(2);
                    term = ConvReference.conv(term, w(add, "projection" + i + "_weight"), null, stride, 0, 1, 1);
                }
            }
            sum = DenseReference.add(sum, term);
        }
        return sum;
    }

    private static Nd concat(Concat concat, Map<String, Object> in) {
        Nd first = (Nd) in.get("in0");
        int axis = concat.getAxis() < 0 ? first.rank() + concat.getAxis() : concat.getAxis();
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= first.dim(i);
        }
        long total = 0;
        for (int i = 0; i < concat.getInputs(); i++) {
            total += ((Nd) in.get(Ports.IN + i)).shape[axis];
        }
        long[] shape = first.shape.clone();
        shape[axis] = total;
        Nd y = Nd.zeros(shape);
        int offset = 0;
        int rowOut = y.size() / outer;
        for (int i = 0; i < concat.getInputs(); i++) {
            Nd part = (Nd) in.get(Ports.IN + i);
            int row = part.size() / outer;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(part.v, o * row, y.v, o * rowOut + offset, row);
            }
            offset += row;
        }
        return y;
    }

    private static Map<String, Object> out(Object value) {
        Map<String, Object> out = new HashMap<>();
        out.put(Ports.OUT, value);
        return out;
    }
}
